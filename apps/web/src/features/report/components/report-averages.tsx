import { formatScore, SCORE_METRICS } from '@/lib/score-metrics';
import type { Scores } from '../lib/summarize-logs';

export function ReportAverages({ averages }: { averages: Scores }) {
  return (
    <section aria-labelledby="report-averages-title" className="report-block">
      <h2 id="report-averages-title" className="text-lg font-semibold text-stone-900">
        Averages
      </h2>
      <p className="text-sm text-stone-600">
        Scores from 1 to 10. Severity: higher is worse. Mood, energy and sleep: higher is better.
      </p>
      <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
        {SCORE_METRICS.map((metric) => (
          <div key={metric.key} className="rounded-lg border border-stone-200 p-3">
            <dt className="text-sm text-stone-600">{metric.label}</dt>
            <dd className="text-xl font-semibold tabular-nums text-stone-900">
              {formatScore(averages[metric.key])}
              <span className="text-sm font-normal text-stone-500">/10</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
