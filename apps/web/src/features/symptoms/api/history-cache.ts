import type { SymptomLog } from '@hormohelp/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { compareLogs } from '../lib/sort-logs';
import { dayLogQueryKey } from './day-log-query';
import { type HistoryData, historyQueryKey } from './history-query';

function isSameDay(entry: SymptomLog, log: SymptomLog): boolean {
  return entry.id === log.id || entry.date === log.date;
}

/** The pages with `log` in place of its day's entry, or on the first page when no page has that day. */
function withLog(data: HistoryData | undefined, log: SymptomLog): HistoryData | undefined {
  const [first, ...rest] = data?.pages ?? [];
  if (!data || !first) return data;
  if (data.pages.some((page) => page.items.some((entry) => isSameDay(entry, log)))) {
    const pages = data.pages.map((page) => ({
      ...page,
      items: page.items.map((entry) => (isSameDay(entry, log) ? log : entry)),
    }));
    return { ...data, pages };
  }
  return { ...data, pages: [{ ...first, items: [...first.items, log].sort(compareLogs) }, ...rest] };
}

/**
 * A log the server has just saved, shown at once: in the history (replacing that day's entry, so a
 * day never shows twice) and as its day's log, without waiting for either to be read again.
 */
export function putSavedLog(queryClient: QueryClient, log: SymptomLog): void {
  queryClient.setQueryData<HistoryData>(historyQueryKey, (data) => withLog(data, log));
  queryClient.setQueryData<SymptomLog | null>(dayLogQueryKey(log.date), log);
}

export function removeFromHistory(queryClient: QueryClient, id: string): void {
  queryClient.setQueryData<HistoryData>(historyQueryKey, (data) =>
    data
      ? {
          ...data,
          pages: data.pages.map((page) => ({ ...page, items: page.items.filter((e) => e.id !== id) })),
        }
      : data,
  );
}

/** The history as it is now, to put back when a change the screen already shows fails. */
export function snapshotHistory(queryClient: QueryClient): HistoryData | undefined {
  return queryClient.getQueryData<HistoryData>(historyQueryKey);
}

export function restoreHistory(queryClient: QueryClient, snapshot: HistoryData | undefined): void {
  queryClient.setQueryData(historyQueryKey, snapshot);
}

/**
 * Stops the history's reads in flight, so an answer sent before a change cannot land over what the
 * change shows. A cancelled read puts the history back as it was within this call.
 */
export function stopHistoryReads(queryClient: QueryClient): void {
  void queryClient.cancelQueries({ queryKey: historyQueryKey });
}
