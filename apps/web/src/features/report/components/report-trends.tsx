import { ScoreTable } from '@/components/score-table';
import { ScoreTrendChart } from '@/components/score-trend-chart';
import { SCORE_METRICS } from '@/lib/score-metrics';
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
      <ScoreTable series={logged} caption="Daily scores, from 1 to 10" />
    </section>
  );
}
