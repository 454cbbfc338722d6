import { useQuery } from '@tanstack/react-query';
import { Lightbulb } from 'lucide-react';
import { Card } from '@/components/card';
import { formatDate } from '@/lib/format';
import { insightsQueryOptions } from '../api/insights-query';

/**
 * How sleep, energy and mood move with severity, in the API's plain words, once there is enough data.
 * Insights are extra: while they load, and when they cannot be loaded, the card stays hidden.
 */
export function InsightsCard() {
  const { data: insights } = useQuery(insightsQueryOptions());
  if (!insights) return null;
  const daysToGo = Math.max(1, insights.daysNeeded - insights.daysLogged);
  return (
    <Card className="render-when-near">
      <section aria-labelledby="insights-title">
        <h2 id="insights-title" className="flex items-center gap-2 text-lg font-semibold text-stone-900">
          <Lightbulb className="h-5 w-5 text-plum-600" aria-hidden="true" />
          Insights
        </h2>
        {insights.available ? (
          <>
            <p className="text-sm text-stone-600">
              From {insights.daysLogged} logged days, {formatDate(insights.from)} to {formatDate(insights.to)}
            </p>
            <ul className="mt-3 space-y-2">
              {insights.factors.map((factor) => (
                <li key={factor.factor} className="text-sm text-stone-800">
                  {factor.sentence}
                </li>
              ))}
            </ul>
            <p className="mt-3 text-xs text-stone-600">{insights.caveat}</p>
          </>
        ) : (
          <>
            <p className="mt-2 text-sm text-stone-700">
              Log {daysToGo} more {daysToGo === 1 ? 'day' : 'days'} to see how sleep, energy and mood move
              with your symptoms.
            </p>
            <div
              role="progressbar"
              aria-label="Days logged towards insights"
              aria-valuemin={0}
              aria-valuemax={insights.daysNeeded}
              aria-valuenow={insights.daysLogged}
              className="mt-3 h-1.5 rounded-full bg-stone-100"
            >
              <div
                className="h-1.5 rounded-full bg-plum-500"
                style={{
                  width: `${(Math.min(insights.daysLogged, insights.daysNeeded) / insights.daysNeeded) * 100}%`,
                }}
              />
            </div>
            <p className="mt-1 text-xs text-stone-600">
              {insights.daysLogged} of {insights.daysNeeded} days logged
            </p>
          </>
        )}
      </section>
    </Card>
  );
}
