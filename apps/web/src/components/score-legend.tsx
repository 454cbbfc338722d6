import { SCORE_METRICS } from '@/lib/score-metrics';

/**
 * Which line is which score: each one's colour and dash beside its name. Plain HTML rather than the
 * chart library's legend, so it shows while the chart is still loading and prints at the size of the
 * page's text.
 */
export function ScoreLegend() {
  return (
    <ul className="mt-2 flex flex-wrap justify-center gap-x-4 gap-y-1 text-sm text-stone-700">
      {SCORE_METRICS.map((metric) => (
        <li key={metric.key} className="flex items-center gap-1.5">
          <svg width="24" height="8" viewBox="0 0 24 8" aria-hidden="true">
            <line
              x1="0"
              y1="4"
              x2="24"
              y2="4"
              stroke={metric.color}
              strokeWidth="2"
              strokeDasharray={metric.dash || undefined}
            />
          </svg>
          {metric.label}
        </li>
      ))}
    </ul>
  );
}
