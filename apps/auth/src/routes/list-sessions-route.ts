import { AUTH_ROUTES } from '@hormohelp/contracts';
import type { Server } from '@hormohelp/server-kit';
import type { AuthDeps } from '../deps';
import { readRefreshCookie } from '../http/refresh-cookie';
import { listSessions } from '../use-cases/list-sessions';

/** GET /auth/sessions: the refresh cookie (Path=/auth) comes along and marks the current session. */
export function listSessionsRoute(app: Server, deps: AuthDeps): void {
  app.route({
    ...AUTH_ROUTES.listSessions,
    handler: async (request) => {
      const refreshToken = readRefreshCookie(request);
      const items = await listSessions(deps, { userId: request.user.sub, refreshToken });
      return { items };
    },
  });
}
