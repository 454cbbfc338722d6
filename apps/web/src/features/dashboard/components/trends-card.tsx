import type { SymptomStats } from '@hormohelp/contracts';
import { Card } from '@/components/card';
import { ScoreTable } from '@/components/score-table';
import { ScoreTrendChart } from '@/components/score-trend-chart';
import { SCORE_METRICS } from '@/lib/score-metrics';
import type { TrendRange } from '../api/stats-query';
import { fillSeries } from '../lib/fill-series';
import { RangeSelector } from './range-selector';

interface TrendsCardProps {
  stats: SymptomStats;
  range: TrendRange;
  isRefreshing: boolean;
  onRangeChange: (range: TrendRange) => void;
}

export function TrendsCard({ stats, range, isRefreshing, onRangeChange }: TrendsCardProps) {
  const logged = stats.series.filter((point) => SCORE_METRICS.some((metric) => point[metric.key] !== null));
  const caption = `Daily scores over the last ${stats.days} days, from 1 to 10`;
  return (
    <Card>
      <section aria-labelledby="trends-title" aria-busy={isRefreshing}>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="trends-title" className="text-lg font-semibold text-stone-900">
            Trends
          </h2>
          <RangeSelector value={range} onChange={onRangeChange} />
        </div>
        <p className="mt-1 text-sm text-stone-600">
          {stats.totalLogs} {stats.totalLogs === 1 ? 'log' : 'logs'} in the last {stats.days} days. Scores run
          from 1 to 10.
        </p>
        <div className={isRefreshing ? 'mt-4 opacity-60 transition-opacity' : 'mt-4 transition-opacity'}>
          {logged.length === 0 ? (
            <p className="flex h-72 items-center justify-center rounded-lg bg-stone-50 text-sm text-stone-600">
              No logs in the last {stats.days} days.
            </p>
          ) : (
            <>
              <ScoreTrendChart series={fillSeries(stats.series, stats.days, stats.today)} />
              <ScoreTable series={logged} caption={caption} />
            </>
          )}
        </div>
      </section>
    </Card>
  );
}
