import type { SessionResponse } from '@hormohelp/contracts';

export type SessionEvent = { type: 'refreshed'; session: SessionResponse } | { type: 'expired' };
type SessionListener = (event: SessionEvent) => void;

const listeners = new Set<SessionListener>();

/** The auth context listens here for refreshes it did not start and for a session that ended. */
export function onSessionEvent(listener: SessionListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function emitSessionEvent(event: SessionEvent): void {
  for (const listener of listeners) listener(event);
}
