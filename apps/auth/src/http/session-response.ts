import type { SessionResponse } from '@hormohelp/contracts';
import type { FastifyReply } from 'fastify';
import type { AuthDeps } from '../deps';
import type { Session } from '../use-cases/start-session';
import { setRefreshCookie } from './refresh-cookie';

/** The body of a started session, `{accessToken, user}`: the refresh token goes in its cookie, never here. */
export function sessionBody(reply: FastifyReply, deps: AuthDeps, session: Session): SessionResponse {
  setRefreshCookie(reply, session.refreshToken, deps.config.NODE_ENV === 'production');
  reply.header('Cache-Control', 'no-store');
  return { accessToken: session.accessToken, user: session.user };
}
