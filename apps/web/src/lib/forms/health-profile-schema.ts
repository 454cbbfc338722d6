import { EARLIEST_DATE, isoDateSchema } from '@hormohelp/contracts';
import { z } from 'zod';
import { formatDate, todayIsoDate } from '../format';
import { MAX_CYCLE_DAYS, MIN_CYCLE_DAYS } from '../health-profile-options';

function isCycleLength(typed: string): boolean {
  const days = Number(typed);
  return Number.isInteger(days) && days >= MIN_CYCLE_DAYS && days <= MAX_CYCLE_DAYS;
}

/** An optional date: empty, or a calendar date of the contract that is not after today. */
function checkLastPeriodStart(value: string, context: z.RefinementCtx) {
  if (value === '') return;
  if (!isoDateSchema.safeParse(value).success) {
    context.addIssue({ code: 'custom', message: `Use a date on or after ${formatDate(EARLIEST_DATE)}` });
  } else if (value > todayIsoDate()) {
    context.addIssue({ code: 'custom', message: 'This date is in the future' });
  }
}

/**
 * The rules of the answers. The cycle questions are optional (the page says to skip what one does
 * not know); the conditions, the goals and the age range are asked of everyone, and "Prefer not to
 * say" or "No diagnosis" answer them too.
 */
export const healthProfileFieldsSchema = z.object({
  conditions: z.array(z.string()).min(1, 'Choose at least one option'),
  goals: z.array(z.string()).min(1, 'Choose at least one goal'),
  cycleLengthDays: z
    .string()
    .trim()
    .refine(
      (typed) => typed === '' || isCycleLength(typed),
      `Enter a whole number of days between ${MIN_CYCLE_DAYS} and ${MAX_CYCLE_DAYS}, or leave it empty`,
    ),
  lastPeriodStart: z.string().superRefine(checkLastPeriodStart),
  regularity: z.string(),
  ageRange: z.string().min(1, 'Choose an age range'),
});
