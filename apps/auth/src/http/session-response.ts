import type { Response } from 'express';
import type { AuthDeps } from '../deps';
import type { Session } from '../use-cases/start-session';
import { setRefreshCookie } from './refresh-cookie';

/** 200 `{accessToken, user}` with the refresh token in its cookie, never in the body. */
export function sendSession(res: Response, deps: AuthDeps, session: Session): void {
  setRefreshCookie(res, session.refreshToken, deps.config.NODE_ENV === 'production');
  res.set('Cache-Control', 'no-store');
  res.status(200).json({ accessToken: session.accessToken, user: session.user });
}
