import type { SymptomStats } from '@hormohelp/contracts';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDate } from '@/lib/format';
import { METRICS } from '../lib/metrics';

function shortDate(isoDate: string): string {
  return formatDate(isoDate).replace(/ \d{4}$/, '');
}

/** Severity, mood, energy and sleep over time on one 1–10 axis; lines run across days without a log. */
export function TrendChart({ series }: { series: SymptomStats['series'] }) {
  return (
    <div aria-hidden="true" className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart
          data={series}
          margin={{ top: 8, right: 12, bottom: 0, left: -16 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="#e7e5e4" strokeDasharray="3 3" />
          <XAxis
            dataKey="date"
            tickFormatter={shortDate}
            tick={{ fontSize: 12, fill: '#57534e' }}
            minTickGap={16}
          />
          <YAxis domain={[1, 10]} ticks={[1, 4, 7, 10]} tick={{ fontSize: 12, fill: '#57534e' }} />
          <Tooltip labelFormatter={(label) => formatDate(String(label))} />
          <Legend wrapperStyle={{ fontSize: 13 }} />
          {METRICS.map((metric) => (
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
