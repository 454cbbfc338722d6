import { AUTH_ROUTES } from '@hormohelp/contracts';
import type { Server } from '@hormohelp/server-kit';
import type { AuthDeps } from '../deps';
import { clearRefreshCookie, readRefreshCookie } from '../http/refresh-cookie';
import { endSession } from '../use-cases/end-session';

/** DELETE /auth/sessions/:id: 204; ending the current session also drops its cookie, like logout. */
export function endSessionRoute(app: Server, deps: AuthDeps): void {
  app.route({
    ...AUTH_ROUTES.endSession,
    handler: async (request, reply) => {
      const { wasCurrent } = await endSession(deps, {
        userId: request.user.sub,
        sessionId: request.params.id,
        refreshToken: readRefreshCookie(request),
      });
      if (wasCurrent) clearRefreshCookie(reply, deps.config.NODE_ENV === 'production');
      return reply.code(204).send(null);
    },
  });
}
