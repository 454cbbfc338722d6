import type { SymptomList, SymptomLog, SymptomStats } from '@hormohelp/contracts';
import { useCallback, useEffect, useState } from 'react';
import toast from 'react-hot-toast';
import { api, getErrorMessage } from '@/lib/api-client';

export const TREND_RANGES = [7, 30, 90] as const;
export type TrendRange = (typeof TREND_RANGES)[number];

const RECENT_LOGS = 5;

/**
 * Stats for the chosen range plus the latest logs. Changing the range keeps the previous stats on
 * screen until the new ones arrive, so the page does not jump.
 */
export function useDashboardData(range: TrendRange) {
  const [stats, setStats] = useState<SymptomStats | null>(null);
  const [recent, setRecent] = useState<SymptomLog[] | null>(null);
  const [isRefreshing, setIsRefreshing] = useState(false);
  const [hasFailed, setHasFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt is the "try again" trigger.
  useEffect(() => {
    let cancelled = false;
    setIsRefreshing(true);
    api.get<SymptomStats>('/api/symptoms/stats', { params: { days: range } }).then(
      ({ data }) => {
        if (cancelled) return;
        setStats(data);
        setHasFailed(false);
        setIsRefreshing(false);
      },
      (error: unknown) => {
        if (cancelled) return;
        setHasFailed(true);
        setIsRefreshing(false);
        toast.error(getErrorMessage(error));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [range, attempt]);

  const loadRecent = useCallback(async (isCancelled: () => boolean) => {
    try {
      const { data } = await api.get<SymptomList>('/api/symptoms', {
        params: { limit: RECENT_LOGS },
      });
      if (!isCancelled()) setRecent(data.items);
    } catch {
      // The stats request reports the failure; recent logs simply stay hidden.
      if (!isCancelled()) setRecent([]);
    }
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt is the "try again" trigger.
  useEffect(() => {
    let cancelled = false;
    void loadRecent(() => cancelled);
    return () => {
      cancelled = true;
    };
  }, [loadRecent, attempt]);

  return { stats, recent, isRefreshing, hasFailed, retry: () => setAttempt((n) => n + 1) };
}
