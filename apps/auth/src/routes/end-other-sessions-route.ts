import { AUTH_ROUTES } from '@hormohelp/contracts';
import type { Server } from '@hormohelp/server-kit';
import type { AuthDeps } from '../deps';
import { readRefreshCookie } from '../http/refresh-cookie';
import { endOtherSessions } from '../use-cases/end-other-sessions';

/** DELETE /auth/sessions: every session but the current one ends; 204. */
export function endOtherSessionsRoute(app: Server, deps: AuthDeps): void {
  app.route({
    ...AUTH_ROUTES.endOtherSessions,
    handler: async (request, reply) => {
      await endOtherSessions(deps, { userId: request.user.sub, refreshToken: readRefreshCookie(request) });
      return reply.code(204).send(null);
    },
  });
}
