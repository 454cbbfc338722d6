import type { SymptomLog } from '@hormohelp/contracts';

/** History order: newest calendar date first, and the latest entry first within one date. */
export function compareLogs(a: SymptomLog, b: SymptomLog): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return 0;
}

/**
 * The logs in history order with one entry a day: a person has one log a day, so two entries for one
 * date are the same day seen twice (saved here and then read again), and the first one stays.
 */
export function oneLogPerDay(logs: SymptomLog[]): SymptomLog[] {
  const byDate = new Map<string, SymptomLog>();
  for (const log of logs) if (!byDate.has(log.date)) byDate.set(log.date, log);
  return [...byDate.values()].sort(compareLogs);
}
