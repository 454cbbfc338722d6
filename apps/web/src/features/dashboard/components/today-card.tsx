import type { SymptomLog } from '@hormohelp/contracts';
import { CalendarCheck, CalendarPlus } from 'lucide-react';
import { Link } from 'react-router-dom';
import { buttonClasses } from '@/components/button';
import { Card } from '@/components/card';
import { SCORE_METRICS } from '@/lib/score-metrics';

/** Today at a glance: today's scores when logged, otherwise a one-click way to log. */
export function TodayCard({ todayLog }: { todayLog: SymptomLog | undefined }) {
  return (
    <Card>
      <section aria-labelledby="today-title">
        <h2 id="today-title" className="flex items-center gap-2 text-lg font-semibold text-stone-900">
          {todayLog ? (
            <CalendarCheck className="h-5 w-5 text-brand-700" aria-hidden="true" />
          ) : (
            <CalendarPlus className="h-5 w-5 text-plum-700" aria-hidden="true" />
          )}
          Today
        </h2>
        {todayLog ? (
          <>
            <p className="mt-1 text-sm text-stone-700">You have logged today. Nice work.</p>
            <dl className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-4">
              {SCORE_METRICS.map((metric) => (
                <div key={metric.key} className="rounded-lg bg-stone-50 px-3 py-2">
                  <dt className="text-xs text-stone-600">{metric.label}</dt>
                  <dd className="text-lg font-semibold tabular-nums text-stone-900">
                    {todayLog[metric.key]}/10
                  </dd>
                </div>
              ))}
            </dl>
            {todayLog.symptoms.length > 0 ? (
              <p className="mt-3 break-words text-sm text-stone-700">{todayLog.symptoms.join(' · ')}</p>
            ) : null}
          </>
        ) : (
          <div className="mt-1 flex flex-wrap items-center justify-between gap-3">
            <p className="text-sm text-stone-700">You have not logged today yet. It takes about a minute.</p>
            <Link to="/symptom-tracker" className={buttonClasses('primary', 'md')}>
              Log today
            </Link>
          </div>
        )}
      </section>
    </Card>
  );
}
