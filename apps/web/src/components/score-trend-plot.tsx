import { AxisBottom, AxisLeft } from '@visx/axis';
import { curveMonotoneX } from '@visx/curve';
import { Grid } from '@visx/grid';
import { Group } from '@visx/group';
import { useParentSize } from '@visx/responsive';
import { scaleLinear } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { TooltipWithBounds, useTooltip } from '@visx/tooltip';
import type { PointerEvent } from 'react';
import { formatDate } from '@/lib/format';
import { SCORE_METRICS, type ScoreMetricKey, type ScorePoint } from '@/lib/score-metrics';

/**
 * The printed chart's drawing size in CSS pixels: 680 px is 180 mm at 96 px to the inch, an A4
 * page's width inside its margins. The SVG is then scaled to the page's width (its viewBox keeps the
 * proportions), so its text prints at about the size it was drawn at, whatever the window's width.
 */
export const PRINT_CHART_SIZE = { width: 680, height: 260 } as const;

/** Up to a month, every logged day has a dot; over a longer range only a day with no logged neighbour. */
const DOTS_ON_EVERY_DAY_UP_TO = 31;
const DOT_RADIUS = 3;
const MARGIN = { top: 8, right: 12, bottom: 24, left: 24 };
const SCORE_TICKS = [1, 4, 7, 10];
const FONT_SIZE = 12;
/**
 * The room a day's label ("12 Mar") needs on the axis, gap included. Estimated instead of measured:
 * measuring text in the DOM for every label is what made a chart library cost a phone a tenth of a
 * second per drawing.
 */
const DAY_LABEL_ROOM = 6 * 0.62 * FONT_SIZE + 16;

function shortDate(isoDate: string): string {
  return formatDate(isoDate).replace(/ \d{4}$/, '');
}

const hasScore = (point: ScorePoint | undefined, key: ScoreMetricKey) =>
  point !== undefined && point[key] !== null;

/**
 * A score on a day whose neighbours have none: the broken line draws no segment for it, so without a
 * dot that day would not show at all.
 */
export function isIsolatedScore(series: ScorePoint[], index: number, key: ScoreMetricKey): boolean {
  return (
    hasScore(series[index], key) && !hasScore(series[index - 1], key) && !hasScore(series[index + 1], key)
  );
}

/**
 * The days labelled on the time axis: as many as fit `width`, evenly spaced and counted back from
 * the last day, so the newest day always has its label.
 */
export function labelledDays(dayCount: number, width: number): number[] {
  const fitting = Math.max(1, Math.floor(width / DAY_LABEL_ROOM));
  const step = Math.max(1, Math.ceil(dayCount / fitting));
  const days: number[] = [];
  for (let index = dayCount - 1; index >= 0; index -= step) days.unshift(index);
  return days;
}

export interface ScoreTrendPlotProps {
  /** One point per day; a day without a log carries nulls and breaks the lines there. */
  series: ScorePoint[];
  /**
   * `screen` fills its parent (which sets the height) and shows the day's scores under the pointer;
   * `print` is drawn at {@link PRINT_CHART_SIZE} and scales to its parent's width, in darker ink.
   */
  media: 'screen' | 'print';
}

/**
 * The drawing of the score chart (visx: React components over d3's scales and shapes), in a chunk of
 * its own that is loaded after the page's figures are on screen. Plain SVG rendered by React, with
 * no animation, so a print catches the whole chart.
 */
export default function ScoreTrendPlot({ series, media }: ScoreTrendPlotProps) {
  if (media === 'print') return <Plot series={series} {...PRINT_CHART_SIZE} isPrint />;
  return <ScreenPlot series={series} />;
}

function ScreenPlot({ series }: { series: ScorePoint[] }) {
  const { parentRef, width, height } = useParentSize({ debounceTime: 100 });
  return (
    <div ref={parentRef} className="relative h-full w-full">
      {width > 0 && height > 0 && <Plot series={series} width={width} height={height} isPrint={false} />}
    </div>
  );
}

interface PlotProps {
  series: ScorePoint[];
  width: number;
  height: number;
  isPrint: boolean;
}

function Plot({ series, width, height, isPrint }: PlotProps) {
  const tooltip = useTooltip<number>();
  const ink = isPrint ? '#292524' : '#57534e';
  const gridInk = isPrint ? '#d6d3d1' : '#e7e5e4';
  const innerWidth = Math.max(0, width - MARGIN.left - MARGIN.right);
  const innerHeight = Math.max(0, height - MARGIN.top - MARGIN.bottom);
  // One day is one step on the axis; a single day sits in the middle.
  const dayScale = scaleLinear<number>({
    domain: series.length > 1 ? [0, series.length - 1] : [-1, 1],
    range: [0, innerWidth],
  });
  const scoreScale = scaleLinear<number>({ domain: [1, 10], range: [innerHeight, 0] });
  const labelled = labelledDays(series.length, innerWidth);
  const withDots = series.length <= DOTS_ON_EVERY_DAY_UP_TO;
  const axisInk = { stroke: ink, tickStroke: ink, tickLength: 4 };
  const tickLabel = { fill: ink, fontSize: FONT_SIZE, fontFamily: 'inherit' } as const;

  function pointAt(event: PointerEvent<SVGRectElement>) {
    const bounds = event.currentTarget.getBoundingClientRect();
    const day = Math.round(dayScale.invert(event.clientX - bounds.left));
    const index = Math.min(series.length - 1, Math.max(0, day));
    tooltip.showTooltip({
      tooltipData: index,
      tooltipLeft: MARGIN.left + dayScale(index),
      tooltipTop: event.clientY - bounds.top + MARGIN.top,
    });
  }

  const pointed =
    tooltip.tooltipOpen && tooltip.tooltipData !== undefined ? series[tooltip.tooltipData] : null;
  return (
    <>
      <svg
        aria-hidden="true"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        className="score-trend-surface block"
        {...(isPrint && { style: { width: '100%', height: 'auto' } })}
      >
        <Group left={MARGIN.left} top={MARGIN.top}>
          <Grid
            xScale={dayScale}
            yScale={scoreScale}
            width={innerWidth}
            height={innerHeight}
            rowTickValues={SCORE_TICKS}
            columnTickValues={labelled}
            stroke={gridInk}
            strokeDasharray="3 3"
          />
          <AxisLeft
            scale={scoreScale}
            tickValues={SCORE_TICKS}
            {...axisInk}
            tickLabelProps={{ ...tickLabel, textAnchor: 'end', dx: -2, dy: '0.32em' }}
          />
          <AxisBottom
            top={innerHeight}
            scale={dayScale}
            tickValues={labelled}
            tickFormat={(index) => {
              const day = series[Number(index)];
              return day ? shortDate(day.date) : '';
            }}
            {...axisInk}
            tickLabelProps={{ ...tickLabel, textAnchor: 'middle' }}
          />
          {SCORE_METRICS.map((metric) => (
            <g key={metric.key}>
              <LinePath
                className="score-line"
                data-metric={metric.key}
                data={series}
                x={(_, index) => dayScale(index)}
                y={(point) => scoreScale(point[metric.key] ?? 1)}
                defined={(point) => point[metric.key] !== null}
                curve={curveMonotoneX}
                stroke={metric.color}
                strokeWidth={2}
                strokeDasharray={metric.dash || undefined}
                fill="none"
              />
              {series.map((point, index) =>
                point[metric.key] !== null && (withDots || isIsolatedScore(series, index, metric.key)) ? (
                  <circle
                    key={point.date}
                    className="score-dot"
                    cx={dayScale(index)}
                    cy={scoreScale(point[metric.key]!)}
                    r={DOT_RADIUS}
                    stroke={metric.color}
                    strokeWidth={2}
                    fill="#fff"
                  />
                ) : null,
              )}
            </g>
          ))}
          {pointed && (
            <line
              x1={dayScale(tooltip.tooltipData!)}
              x2={dayScale(tooltip.tooltipData!)}
              y1={0}
              y2={innerHeight}
              stroke={ink}
              strokeWidth={1}
            />
          )}
          {!isPrint && (
            <rect
              width={innerWidth}
              height={innerHeight}
              fill="transparent"
              onPointerMove={pointAt}
              onPointerDown={pointAt}
              onPointerLeave={tooltip.hideTooltip}
            />
          )}
        </Group>
      </svg>
      {pointed && (
        <TooltipWithBounds
          left={tooltip.tooltipLeft}
          top={tooltip.tooltipTop}
          className="pointer-events-none absolute rounded-lg border border-stone-200 bg-white px-3 py-2 text-sm shadow-sm"
          unstyled
        >
          <p className="font-medium text-stone-900">{formatDate(pointed.date)}</p>
          <dl className="mt-1 grid grid-cols-[auto_auto] gap-x-3 text-stone-700">
            {SCORE_METRICS.map((metric) => (
              <div key={metric.key} className="contents">
                <dt style={{ color: metric.color }}>{metric.label}</dt>
                <dd className="text-right tabular-nums">{pointed[metric.key] ?? 'no log'}</dd>
              </div>
            ))}
          </dl>
        </TooltipWithBounds>
      )}
    </>
  );
}
