import type { SymptomStats } from '@hormohelp/contracts';
import { Card } from '@/components/card';
import { formatScore, SCORE_METRICS } from '@/lib/score-metrics';

export function AveragesCard({ averages, range }: { averages: SymptomStats['averages']; range: number }) {
  return (
    <Card>
      <section aria-labelledby="averages-title">
        <h2 id="averages-title" className="text-lg font-semibold text-stone-900">
          Averages
        </h2>
        <p className="text-sm text-stone-600">Last {range} days</p>
        <dl className="mt-3 grid grid-cols-2 gap-3">
          {SCORE_METRICS.map((metric) => (
            <div key={metric.key}>
              <dt className="text-sm text-stone-600">{metric.label}</dt>
              <dd className="text-xl font-semibold tabular-nums text-stone-900">
                {formatScore(averages[metric.key])}
                <span className="text-sm font-normal text-stone-500">/10</span>
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </Card>
  );
}
