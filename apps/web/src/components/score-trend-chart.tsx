import { lazy, Suspense } from 'react';
import type { ScorePoint } from '@/lib/score-metrics';
import { ScoreLegend } from './score-legend';
import { Skeleton } from './skeleton';

// Recharts is about 120 KB gzip, more than the rest of a page: the drawing loads in its own chunk
// once the page's figures are on screen, in a frame that already has the chart's height.
const ScoreTrendPlot = lazy(() => import('./score-trend-plot'));

interface ScoreTrendChartProps {
  /** One point per day; a day without a log carries nulls, and the lines break there. */
  series: ScorePoint[];
  /**
   * For a printed page: on paper the chart is drawn at an A4 page's width and scaled to it, whatever
   * the window's width was, instead of at the width measured on screen.
   */
  printable?: boolean;
}

/**
 * Severity, mood, energy and sleep over time on one 1–10 axis, with a legend that shows at once.
 * Hidden from assistive technology: every page that draws it also renders the same data as a table.
 */
export function ScoreTrendChart({ series, printable = false }: ScoreTrendChartProps) {
  return (
    <div aria-hidden="true">
      <div data-chart-media="screen" className={printable ? 'h-72 w-full print:hidden' : 'h-72 w-full'}>
        <Suspense fallback={<Skeleton className="h-full w-full rounded-lg bg-stone-100" />}>
          <ScoreTrendPlot series={series} media="screen" />
        </Suspense>
      </div>
      {printable && (
        <div data-chart-media="print" className="hidden w-full print:block">
          <Suspense fallback={null}>
            <ScoreTrendPlot series={series} media="print" />
          </Suspense>
        </div>
      )}
      <ScoreLegend />
    </div>
  );
}
