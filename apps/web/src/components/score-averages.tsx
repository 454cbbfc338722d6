import { cn } from '@/lib/cn';
import { formatScore, SCORE_METRICS, type ScoreMetricKey } from '@/lib/score-metrics';

/** Each score's average out of 10, as a description list; the dashboard's card and the report share it. */
export function ScoreAverages({
  averages,
  className,
  itemClassName,
}: {
  averages: Record<ScoreMetricKey, number | null>;
  className?: string;
  itemClassName?: string;
}) {
  return (
    <dl className={cn('mt-3 grid grid-cols-2 gap-3', className)}>
      {SCORE_METRICS.map((metric) => (
        <div key={metric.key} className={itemClassName}>
          <dt className="text-sm text-stone-600">{metric.label}</dt>
          <dd className="text-xl font-semibold tabular-nums text-stone-900">
            {formatScore(averages[metric.key])}
            <span className="text-sm font-normal text-stone-500">/10</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
