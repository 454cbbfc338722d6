import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDate } from '@/lib/format';
import { SCORE_METRICS, type ScorePoint } from '@/lib/score-metrics';

function shortDate(isoDate: string): string {
  return formatDate(isoDate).replace(/ \d{4}$/, '');
}

interface ScoreTrendChartProps {
  series: ScorePoint[];
  /** For paper: darker ink, no tooltip, a shorter chart when printed. */
  printable?: boolean;
}

/**
 * Severity, mood, energy and sleep over time on one 1–10 axis; lines run across days without a log.
 * Hidden from assistive technology: every page that draws it also renders the same data as a table.
 * Drawn without animation so a print catches the whole chart.
 */
export function ScoreTrendChart({ series, printable = false }: ScoreTrendChartProps) {
  const ink = printable ? '#44403c' : '#57534e';
  return (
    <div aria-hidden="true" className={printable ? 'h-72 w-full print:h-64' : 'h-72 w-full'}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart
          data={series}
          margin={{ top: 8, right: 12, bottom: 0, left: -16 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke={printable ? '#d6d3d1' : '#e7e5e4'} strokeDasharray="3 3" />
          <XAxis
            dataKey="date"
            tickFormatter={shortDate}
            tick={{ fontSize: 12, fill: ink }}
            minTickGap={16}
          />
          <YAxis domain={[1, 10]} ticks={[1, 4, 7, 10]} tick={{ fontSize: 12, fill: ink }} />
          {!printable && <Tooltip labelFormatter={(label) => formatDate(String(label))} />}
          <Legend wrapperStyle={{ fontSize: 13 }} />
          {SCORE_METRICS.map((metric) => (
            <Line
              key={metric.key}
              type="monotone"
              dataKey={metric.key}
              name={metric.label}
              stroke={metric.color}
              strokeWidth={2}
              strokeDasharray={metric.dash}
              connectNulls
              dot={series.length <= 31 ? { r: 3 } : false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
