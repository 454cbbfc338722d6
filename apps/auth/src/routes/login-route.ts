import { AUTH_ROUTES } from '@hormohelp/contracts';
import type { Server } from '@hormohelp/server-kit';
import type { AuthDeps } from '../deps';
import { sessionBody } from '../http/session-response';
import { RULES, rateLimit } from '../rate-limit/rate-limit';
import { logIn } from '../use-cases/log-in';

/** POST /auth/login: a new session, or one 401 `invalid_credentials` for a wrong email or password. */
export function loginRoute(app: Server, deps: AuthDeps): void {
  app.route({
    ...AUTH_ROUTES.login,
    preValidation: rateLimit(deps.rateLimits, RULES.login),
    handler: async (request, reply) => {
      const userAgent = request.headers['user-agent'] ?? null;
      return sessionBody(reply, deps, await logIn(deps, { ...request.body, userAgent }));
    },
  });
}
