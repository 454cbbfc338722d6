import {
  CartesianGrid,
  Dot,
  type DotItemDotProps,
  type DotType,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
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

function dotsFor(series: ScorePoint[], key: ScoreMetricKey): DotType {
  if (series.length <= DOTS_ON_EVERY_DAY_UP_TO) return { r: DOT_RADIUS };
  return ({ cx, cy, index, stroke }: DotItemDotProps) =>
    isIsolatedScore(series, index, key) ? (
      <Dot cx={cx} cy={cy} r={DOT_RADIUS} stroke={stroke} fill="#fff" strokeWidth={2} />
    ) : null;
}

export interface ScoreTrendPlotProps {
  /** One point per day; a day without a log carries nulls and breaks the lines there. */
  series: ScorePoint[];
  /**
   * `screen` fills its parent (which sets the height) and shows a tooltip; `print` is drawn at
   * {@link PRINT_CHART_SIZE} and scales to its parent's width, in darker ink, with no tooltip.
   */
  media: 'screen' | 'print';
}

/**
 * The Recharts drawing of the score chart, in a chunk of its own that is loaded after the page's
 * figures are on screen (Recharts is most of its weight). Drawn without animation so a print
 * catches the whole chart.
 */
export default function ScoreTrendPlot({ series, media }: ScoreTrendPlotProps) {
  const isPrint = media === 'print';
  const ink = isPrint ? '#292524' : '#57534e';
  const chart = (
    <LineChart
      data={series}
      margin={{ top: 8, right: 12, bottom: 0, left: -16 }}
      accessibilityLayer={false}
      {...(isPrint && { ...PRINT_CHART_SIZE, style: { width: '100%', height: 'auto' } })}
    >
      <CartesianGrid stroke={isPrint ? '#d6d3d1' : '#e7e5e4'} strokeDasharray="3 3" />
      <XAxis dataKey="date" tickFormatter={shortDate} tick={{ fontSize: 12, fill: ink }} minTickGap={16} />
      <YAxis domain={[1, 10]} ticks={[1, 4, 7, 10]} tick={{ fontSize: 12, fill: ink }} />
      {!isPrint && <Tooltip labelFormatter={(label) => formatDate(String(label))} />}
      {SCORE_METRICS.map((metric) => (
        <Line
          key={metric.key}
          type="monotone"
          dataKey={metric.key}
          name={metric.label}
          stroke={metric.color}
          strokeWidth={2}
          strokeDasharray={metric.dash}
          connectNulls={false}
          dot={dotsFor(series, metric.key)}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
  if (isPrint) return chart;
  return (
    <ResponsiveContainer width="100%" height="100%">
      {chart}
    </ResponsiveContainer>
  );
}
