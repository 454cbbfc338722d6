import { AUTH_ROUTES } from '@hormohelp/contracts';
import type { Server } from '@hormohelp/server-kit';
import type { AuthDeps } from '../deps';
import { clearRefreshCookie, readRefreshCookie } from '../http/refresh-cookie';
import { sessionBody } from '../http/session-response';
import { refreshSession } from '../use-cases/refresh-session';

/** POST /auth/refresh: the caller proves itself with the refresh cookie, not a bearer token. */
export function refreshRoute(app: Server, deps: AuthDeps): void {
  app.route({
    ...AUTH_ROUTES.refresh,
    handler: async (request, reply) => {
      try {
        const session = await refreshSession(deps, {
          refreshToken: readRefreshCookie(request),
          userAgent: request.headers['user-agent'] ?? null,
        });
        return sessionBody(reply, deps, session);
      } catch (error) {
        // A cookie that no longer refreshes is dropped, so the browser stops presenting it.
        if ((error as { code?: string }).code === 'unauthorized')
          clearRefreshCookie(reply, deps.config.NODE_ENV === 'production');
        throw error;
      }
    },
  });
}
