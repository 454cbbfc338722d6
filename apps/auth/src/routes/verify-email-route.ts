import { AUTH_ROUTES } from '@hormohelp/contracts';
import type { Server } from '@hormohelp/server-kit';
import type { AuthDeps } from '../deps';
import { sessionBody } from '../http/session-response';
import { verifyEmail } from '../use-cases/verify-email';

/** POST /auth/verify-email: the link's token, once, for a verified account and its first session. */
export function verifyEmailRoute(app: Server, deps: AuthDeps): void {
  app.route({
    ...AUTH_ROUTES.verifyEmail,
    handler: async (request, reply) => {
      const userAgent = request.headers['user-agent'] ?? null;
      return sessionBody(reply, deps, await verifyEmail(deps, { token: request.body.token, userAgent }));
    },
  });
}
