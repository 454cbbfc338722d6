import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { formatDate } from '@/lib/format';
import { REPORT_METRICS } from '../lib/report-metrics';
import type { DayPoint } from '../lib/summarize-logs';

function shortDate(isoDate: string): string {
  return formatDate(isoDate).replace(/ \d{4}$/, '');
}

/** The daily scores over the range, drawn without animation so a print catches the whole chart. */
export function ReportTrendChart({ series }: { series: DayPoint[] }) {
  return (
    <div aria-hidden="true" className="h-72 w-full print:h-64">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart
          data={series}
          margin={{ top: 8, right: 12, bottom: 0, left: -16 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="#d6d3d1" strokeDasharray="3 3" />
          <XAxis
            dataKey="date"
            tickFormatter={shortDate}
            tick={{ fontSize: 12, fill: '#44403c' }}
            minTickGap={16}
          />
          <YAxis domain={[1, 10]} ticks={[1, 4, 7, 10]} tick={{ fontSize: 12, fill: '#44403c' }} />
          <Legend wrapperStyle={{ fontSize: 13 }} />
          {REPORT_METRICS.map((metric) => (
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
