import type { ActiveSession, SessionList } from '@hormohelp/contracts';
import { useCallback, useEffect, useState } from 'react';
import toast from 'react-hot-toast';
import { api, getErrorMessage } from '@/lib/api-client';

/** The person's active logins (GET /auth/sessions), and ending one or all but this one. */
export function useSessions() {
  const [sessions, setSessions] = useState<ActiveSession[] | null>(null);
  const [hasFailed, setHasFailed] = useState(false);
  const [busyId, setBusyId] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const { data } = await api.get<SessionList>('/auth/sessions');
      setSessions(data.items);
      setHasFailed(false);
    } catch {
      setHasFailed(true);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  async function run(id: string, request: () => Promise<unknown>, success: string) {
    setBusyId(id);
    try {
      await request();
      toast.success(success);
    } catch (error) {
      toast.error(getErrorMessage(error));
    } finally {
      await load();
      setBusyId(null);
    }
  }

  return {
    sessions,
    hasFailed,
    busyId,
    retry: load,
    endSession: (id: string) =>
      run(id, () => api.delete(`/auth/sessions/${encodeURIComponent(id)}`), 'That session has ended.'),
    endOtherSessions: () =>
      run('others', () => api.delete('/auth/sessions'), 'Every other session has ended.'),
  };
}
