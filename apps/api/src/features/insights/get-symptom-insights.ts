import { INSIGHT_FACTORS, INSIGHTS_MIN_DAYS, type SymptomInsights } from '@hormohelp/contracts';
import type { Pool } from '@hormohelp/db';
import { describeLink } from './describe-link';
import { selectInsights } from './insights-repository';

const CAVEAT =
  'These links show what tended to move together in your own logs, not what causes what. ' +
  'They are not medical advice: talk to a clinician before changing anything.';

/** Which of sleep, energy and mood move with severity; only from 14 distinct days of logs. */
export async function getSymptomInsights(pool: Pool, userId: string): Promise<SymptomInsights> {
  const row = await selectInsights(pool, userId);
  if (row.days_logged < INSIGHTS_MIN_DAYS || !row.first_date || !row.last_date) {
    return { available: false, daysLogged: row.days_logged, daysNeeded: INSIGHTS_MIN_DAYS };
  }
  return {
    available: true,
    daysLogged: row.days_logged,
    daysNeeded: INSIGHTS_MIN_DAYS,
    from: row.first_date,
    to: row.last_date,
    factors: INSIGHT_FACTORS.map((factor) => describeLink(factor, row[`${factor}_r`], row[`${factor}_days`])),
    caveat: CAVEAT,
  };
}
