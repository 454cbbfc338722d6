import type { SessionResponse, User, UserResponse } from '@hormohelp/contracts';
import { type ReactNode, startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { api, getErrorStatus, refreshSession } from '@/lib/api-client';
import { emitSessionEvent, onSessionEvent } from '@/lib/session-events';
import { clearTabDrafts } from '@/lib/tab-drafts';
import { tokenStore } from '@/lib/token-store';
import { AuthContext, type AuthContextValue, type AuthStatus } from './auth-context';
import { scheduleRefresh } from './schedule-refresh';

/**
 * The session's whole life: restored on mount from the HttpOnly refresh cookie, refreshed 60 s before
 * the access token expires, ended on logout or when a refresh is refused.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUserState] = useState<User | null>(null);
  const [status, setStatus] = useState<AuthStatus>('loading');
  const [hasLoggedOut, setHasLoggedOut] = useState(false);
  const navigate = useNavigate();
  const location = useLocation();
  const locationRef = useRef(location);
  locationRef.current = location;
  const cancelScheduledRefresh = useRef<() => void>(() => {});

  // Whatever the query cache and the tab's drafts hold was that person's: on a shared device the
  // next person sees none of it. The cache lives with the signed-in pages and clears itself on `ended`.
  const endSession = useCallback(() => {
    cancelScheduledRefresh.current();
    tokenStore.clear();
    clearTabDrafts();
    emitSessionEvent({ type: 'ended' });
    setUserState(null);
    setStatus('anonymous');
  }, []);

  const sendToLogin = useCallback(() => {
    const { pathname, search } = locationRef.current;
    navigate('/login', { replace: true, state: { from: pathname + search } });
  }, [navigate]);

  const applySession = useCallback(
    (session: SessionResponse) => {
      tokenStore.set(session.accessToken);
      setUserState(session.user);
      setStatus('authenticated');
      setHasLoggedOut(false);
      cancelScheduledRefresh.current();
      cancelScheduledRefresh.current = scheduleRefresh(session.accessToken, () => {
        refreshSession().catch((error: unknown) => {
          // A refused refresh ends the session; a network blip leaves it to the next request's 401.
          if (getErrorStatus(error) === 401) {
            endSession();
            sendToLogin();
          }
        });
      });
    },
    [endSession, sendToLogin],
  );

  useEffect(
    () =>
      onSessionEvent((event) => {
        if (event.type === 'refreshed') {
          // A restored or refreshed session renders every signed-in part of the page at once (the
          // layout, the page, its data): as a transition, React renders it in slices and keeps the
          // main thread free for taps meanwhile. A login stays urgent: the page that follows needs it.
          startTransition(() => applySession(event.session));
        } else if (event.type === 'expired') {
          endSession();
          sendToLogin();
        }
      }),
    [applySession, endSession, sendToLogin],
  );

  // The flag only steers the redirect that follows a logout; once home, protected pages ask to log in again.
  useEffect(() => {
    if (hasLoggedOut && location.pathname === '/') setHasLoggedOut(false);
  }, [hasLoggedOut, location.pathname]);

  useEffect(() => {
    refreshSession().catch(() => endSession());
    return () => cancelScheduledRefresh.current();
  }, [endSession]);

  const value = useMemo<AuthContextValue>(
    () => ({
      user,
      status,
      hasLoggedOut,
      async login(email, password) {
        const data = await api.post('auth/login', { json: { email, password } }).json<SessionResponse>();
        applySession(data);
        return data.user;
      },
      async logout() {
        try {
          await api.post('auth/logout');
        } catch {
          // The local session ends anyway; the cookie expires on its own if the server was unreachable.
        } finally {
          setHasLoggedOut(true);
          endSession();
        }
      },
      setUser: setUserState,
      async refreshUser() {
        const data = await api.get('auth/me').json<UserResponse>();
        setUserState(data.user);
      },
      startSession(session) {
        applySession(session);
        return session.user;
      },
    }),
    [user, status, hasLoggedOut, applySession, endSession],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
