import type { SymptomStats } from '@hormohelp/contracts';
import { Card } from '@/components/card';

export function TopSymptomsCard({
  topSymptoms,
  range,
}: {
  topSymptoms: SymptomStats['topSymptoms'];
  range: number;
}) {
  const highest = Math.max(1, ...topSymptoms.map((entry) => entry.count));
  return (
    <Card className="render-when-near">
      <section aria-labelledby="top-symptoms-title">
        <h2 id="top-symptoms-title" className="text-lg font-semibold text-stone-900">
          Top symptoms
        </h2>
        <p className="text-sm text-stone-600">Last {range} days</p>
        {topSymptoms.length === 0 ? (
          <p className="mt-3 text-sm text-stone-600">No symptoms logged in this period.</p>
        ) : (
          <ol className="mt-3 space-y-2">
            {topSymptoms.slice(0, 6).map((entry) => (
              <li key={entry.symptom}>
                <div className="flex justify-between gap-2 text-sm">
                  <span className="min-w-0 break-words text-stone-800">{entry.symptom}</span>
                  <span className="shrink-0 tabular-nums text-stone-600">
                    {entry.count} {entry.count === 1 ? 'day' : 'days'}
                  </span>
                </div>
                <div className="mt-1 h-1.5 rounded-full bg-stone-100" aria-hidden="true">
                  <div
                    className="h-1.5 rounded-full bg-plum-500"
                    style={{ width: `${(entry.count / highest) * 100}%` }}
                  />
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>
    </Card>
  );
}
