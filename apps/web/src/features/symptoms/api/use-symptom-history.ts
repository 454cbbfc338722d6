import type { SymptomLog } from '@hormohelp/contracts';
import toast from 'react-hot-toast';
import { api, getErrorCode, getErrorMessage } from '@/lib/api-client';
import { fetchCursorPage, useCursorList } from '@/lib/use-cursor-list';
import { mergeLogs } from '../lib/sort-logs';

export const HISTORY_PAGE_SIZE = 10;

function fetchHistoryPage(cursor: string | null) {
  return fetchCursorPage<SymptomLog>('/api/symptoms', cursor, { limit: HISTORY_PAGE_SIZE });
}

/** The person's symptom history: first page on mount, "load more", local add and optimistic delete. */
export function useSymptomHistory() {
  // Merged, not replaced: a log saved while the first page loads must not vanish when it arrives.
  const { items, setItems, nextCursor, status, isLoadingMore, loadMore, reload } = useCursorList(
    fetchHistoryPage,
    { combine: mergeLogs, mergeFirstPage: true },
  );

  function addLog(log: SymptomLog) {
    setItems((current) => mergeLogs(current, [log]));
  }

  async function deleteLog(log: SymptomLog): Promise<boolean> {
    setItems((current) => current.filter((item) => item.id !== log.id));
    try {
      await api.delete(`/api/symptoms/${log.id}`);
      return true;
    } catch (error) {
      // Already gone on the server (another tab deleted it): the list is right as it is.
      if (getErrorCode(error) === 'not_found') return true;
      setItems((current) => mergeLogs(current, [log]));
      toast.error(getErrorMessage(error));
      return false;
    }
  }

  return { items, nextCursor, status, isLoadingMore, loadMore, addLog, deleteLog, retry: reload };
}
