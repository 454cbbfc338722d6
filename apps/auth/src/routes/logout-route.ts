import { AUTH_ROUTES } from '@hormohelp/contracts';
import type { Server } from '@hormohelp/server-kit';
import type { AuthDeps } from '../deps';
import { clearRefreshCookie, readRefreshCookie } from '../http/refresh-cookie';
import { logOut } from '../use-cases/log-out';

/** POST /auth/logout: 204 and the cookie cleared, with or without a refresh token to revoke. */
export function logoutRoute(app: Server, deps: AuthDeps): void {
  app.route({
    ...AUTH_ROUTES.logout,
    handler: async (request, reply) => {
      await logOut(deps, readRefreshCookie(request));
      clearRefreshCookie(reply, deps.config.NODE_ENV === 'production');
      return reply.code(204).send(null);
    },
  });
}
