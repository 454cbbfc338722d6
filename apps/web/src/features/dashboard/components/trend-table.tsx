import type { SymptomStats } from '@hormohelp/contracts';
import { formatDate } from '@/lib/format';
import { SCORE_METRICS } from '@/lib/score-metrics';
import { formatAverage } from '../lib/greeting';

/** The chart's data as a table for screen readers (the drawn chart itself is hidden from them). */
export function TrendTable({ series, caption }: { series: SymptomStats['series']; caption: string }) {
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
                <td key={metric.key}>{formatAverage(point[metric.key])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
