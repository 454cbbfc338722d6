import type { Expert, ExpertList } from '@hormohelp/contracts';
import { useCallback, useEffect, useState } from 'react';
import { api, getErrorMessage } from '@/lib/api-client';

/** The expert catalogue with each expert's open slots; `reload` after a booking changes them. */
export function useExperts() {
  const [experts, setExperts] = useState<Expert[]>([]);
  const [status, setStatus] = useState<'loading' | 'ready' | 'error'>('loading');
  const [error, setError] = useState<string>();

  const reload = useCallback(async (isCancelled: () => boolean = () => false) => {
    try {
      const { data } = await api.get<ExpertList>('/api/experts');
      if (isCancelled()) return;
      setExperts(data.items);
      setStatus('ready');
    } catch (caught) {
      if (isCancelled()) return;
      setError(getErrorMessage(caught));
      setStatus((current) => (current === 'ready' ? current : 'error'));
    }
  }, []);

  useEffect(() => {
    let cancelled = false;
    void reload(() => cancelled);
    return () => {
      cancelled = true;
    };
  }, [reload]);

  return { experts, status, error, reload: () => reload() };
}
