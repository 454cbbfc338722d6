import type { SessionResponse } from '@hormohelp/contracts';

/**
 * `refreshed`: a new access token. `expired`: the API client could not refresh, so the session is
 * over. `ended`: the session is over for any reason (logout, expiry, a refused refresh), and whatever
 * was that person's must go.
 */
export type SessionEvent =
  | { type: 'refreshed'; session: SessionResponse }
  | { type: 'expired' }
  | { type: 'ended' };
type SessionListener = (event: SessionEvent) => void;

const listeners = new Set<SessionListener>();

/** The auth context listens here for refreshes it did not start and for a session that expired. */
export function onSessionEvent(listener: SessionListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function emitSessionEvent(event: SessionEvent): void {
  for (const listener of listeners) listener(event);
}
