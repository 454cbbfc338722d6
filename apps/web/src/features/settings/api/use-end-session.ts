import { useMutation, useQueryClient } from '@tanstack/react-query';
import toast from 'react-hot-toast';
import { api, getErrorMessage } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** Ending every other session at once; no session id looks like it (they are UUIDs). */
export const OTHER_SESSIONS = 'others';

/** What to end: one session by its id, or every session but this one (`OTHER_SESSIONS`). */
export type SessionTarget = string;

function endSessions(target: SessionTarget): Promise<unknown> {
  return target === OTHER_SESSIONS
    ? api.delete('auth/sessions')
    : api.delete(`auth/sessions/${encodeURIComponent(target)}`);
}

/**
 * Ends one session, or all but this one. Either way the list is read again before the ending counts
 * as done, so the row stays busy until the list shows what the server has.
 */
export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: endSessions,
    onSuccess: (_answer, target) => {
      toast.success(target === OTHER_SESSIONS ? 'Every other session has ended.' : 'That session has ended.');
    },
    onError: (error) => {
      toast.error(getErrorMessage(error));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.sessions.all }),
  });
}
