import { ScoreTrendChart } from '@/components/score-trend-chart';
import { formatDate } from '@/lib/format';
import { SCORE_METRICS } from '@/lib/score-metrics';
import { formatScore } from '../lib/report-metrics';
import type { DayPoint } from '../lib/summarize-logs';

/** The trend as a chart for the eye and, for screen readers, the logged days as a table. */
export function ReportTrends({ series }: { series: DayPoint[] }) {
  const logged = series.filter((point) => SCORE_METRICS.some((metric) => point[metric.key] !== null));
  return (
    <section aria-labelledby="report-trends-title" className="report-block">
      <h2 id="report-trends-title" className="text-lg font-semibold text-stone-900">
        Trend
      </h2>
      <p className="text-sm text-stone-600">Daily scores; a day with several logs shows their average.</p>
      <div className="mt-3">
        <ScoreTrendChart series={series} printable />
      </div>
      <div className="sr-only">
        <table>
          <caption>Daily scores, from 1 to 10</caption>
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
            {logged.map((point) => (
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
    </section>
  );
}
