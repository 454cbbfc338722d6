import type { SymptomLog } from '@hormohelp/contracts';
import { Link } from 'react-router-dom';
import { Card } from '@/components/card';
import { formatDate } from '@/lib/format';

export function RecentLogsCard({ logs }: { logs: SymptomLog[] }) {
  return (
    <Card className="render-when-near">
      <section aria-labelledby="recent-title">
        <div className="flex items-baseline justify-between gap-2">
          <h2 id="recent-title" className="text-lg font-semibold text-stone-900">
            Recent logs
          </h2>
          <Link
            to="/symptom-tracker"
            className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline"
          >
            See all
          </Link>
        </div>
        <ul className="mt-3 divide-y divide-stone-100">
          {logs.map((log) => (
            <li key={log.id} className="py-2">
              <p className="text-sm font-medium text-stone-900">{formatDate(log.date)}</p>
              <p className="text-xs text-stone-600">
                Severity {log.severity} · Mood {log.mood} · Energy {log.energy} · Sleep {log.sleep}
              </p>
              {log.symptoms.length > 0 ? (
                <p className="truncate text-xs text-stone-600">{log.symptoms.join(', ')}</p>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </Card>
  );
}
