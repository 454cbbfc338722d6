import type { SymptomLog, symptomListSchema } from '@hormohelp/contracts';
import { useCallback, useEffect, useState } from 'react';
import toast from 'react-hot-toast';
import type { z } from 'zod';
import { api, getErrorCode, getErrorMessage } from '@/lib/api-client';
import { mergeLogs } from '../lib/sort-logs';

type SymptomPage = z.infer<typeof symptomListSchema>;

export const HISTORY_PAGE_SIZE = 10;

async function fetchPage(cursor: string | null): Promise<SymptomPage> {
  const { data } = await api.get<SymptomPage>('/api/symptoms', {
    params: { limit: HISTORY_PAGE_SIZE, cursor: cursor ?? undefined },
  });
  return data;
}

/** The person's symptom history: first page on mount, "load more", local add and optimistic delete. */
export function useSymptomHistory() {
  const [items, setItems] = useState<SymptomLog[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [status, setStatus] = useState<'loading' | 'ready' | 'error'>('loading');
  const [isLoadingMore, setIsLoadingMore] = useState(false);

  const loadFirstPage = useCallback(async (isCancelled: () => boolean = () => false) => {
    setStatus('loading');
    try {
      const page = await fetchPage(null);
      if (isCancelled()) return;
      setItems((current) => mergeLogs(current, page.items));
      setNextCursor(page.nextCursor);
      setStatus('ready');
    } catch (error) {
      if (isCancelled()) return;
      setStatus('error');
      toast.error(getErrorMessage(error));
    }
  }, []);

  useEffect(() => {
    let cancelled = false;
    void loadFirstPage(() => cancelled);
    return () => {
      cancelled = true;
    };
  }, [loadFirstPage]);

  async function loadMore() {
    if (!nextCursor || isLoadingMore) return;
    setIsLoadingMore(true);
    try {
      const page = await fetchPage(nextCursor);
      setItems((current) => mergeLogs(current, page.items));
      setNextCursor(page.nextCursor);
    } catch (error) {
      toast.error(getErrorMessage(error));
    } finally {
      setIsLoadingMore(false);
    }
  }

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

  return {
    items,
    nextCursor,
    status,
    isLoadingMore,
    loadMore,
    addLog,
    deleteLog,
    retry: () => loadFirstPage(),
  };
}
