import type { SymptomLog } from '@hormohelp/contracts';

/** History order: newest calendar date first, and the latest entry first within one date. */
export function compareLogs(a: SymptomLog, b: SymptomLog): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return 0;
}

/** Adds logs to a list without duplicates (a later page may repeat an entry added locally). */
export function mergeLogs(current: SymptomLog[], incoming: SymptomLog[]): SymptomLog[] {
  const byId = new Map(current.map((log) => [log.id, log]));
  for (const log of incoming) byId.set(log.id, log);
  return [...byId.values()].sort(compareLogs);
}
