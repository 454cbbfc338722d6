import { QueryClient } from '@tanstack/react-query';
import { TimeoutError } from 'ky';
import { getErrorStatus, isNetworkError } from './api-errors';
import { onSessionEvent } from './session-events';

const MAX_RETRIES = 2;

/**
 * A failure worth one more try: no answer at all, or the server's own trouble (5xx). A 4xx is the
 * request's fault (or the session's, which the API client's 401 handling already dealt with), and
 * asking again would get the same answer.
 */
export function isWorthRetrying(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (error instanceof TimeoutError || isNetworkError(error)) return true;
  return (getErrorStatus(error) ?? 0) >= 500;
}

/**
 * The app's one cache of server state. Data counts as fresh for 30 s, so moving between pages shows
 * it at once and reads it again behind the page only after that (or when the tab is looked at
 * again, so a log saved on the phone appears on the laptop); a write invalidates what it changed.
 * Writes are never retried on their own: a person decides to send one again.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: isWorthRetrying },
      mutations: { retry: false },
    },
  });
}

/**
 * The signed-in app's cache. Only the signed-in pages read server state, so it loads with their
 * layout and the public pages' first load does without TanStack Query. It empties itself when a
 * session ends, before anyone else can sign in on this tab.
 */
export const appQueryClient = createQueryClient();
onSessionEvent((event) => {
  if (event.type === 'ended') appQueryClient.clear();
});
