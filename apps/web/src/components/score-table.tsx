import { formatDate } from '@/lib/format';
import { formatScore, SCORE_METRICS, type ScorePoint } from '@/lib/score-metrics';

/** A score chart's data as a table for screen readers (the drawn chart itself is hidden from them). */
export function ScoreTable({ series, caption }: { series: ScorePoint[]; caption: string }) {
  return (
    <div className="sr-only">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            {SCORE_METRICS.map((metric) => (
              <th key={metric.key} scope="col">
                {metric.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {series.map((point) => (
            <tr key={point.date}>
              <th scope="row">{formatDate(point.date)}</th>
              {SCORE_METRICS.map((metric) => (
                <td key={metric.key}>{formatScore(point[metric.key])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
