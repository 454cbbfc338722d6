import { AUTH_ROUTES } from '@hormohelp/contracts';
import type { Server } from '@hormohelp/server-kit';
import type { AuthDeps } from '../deps';
import { clearRefreshCookie } from '../http/refresh-cookie';
import { RULES, rateLimit } from '../rate-limit/rate-limit';
import { deleteAccount } from '../use-cases/delete-account';

/** DELETE /auth/account {password}: Bearer and the password again; 204 and the cookie cleared. */
export function deleteAccountRoute(app: Server, deps: AuthDeps): void {
  app.route({
    ...AUTH_ROUTES.deleteAccount,
    preValidation: rateLimit(deps.rateLimits, RULES.deleteAccount),
    handler: async (request, reply) => {
      await deleteAccount(deps, { userId: request.user.sub, password: request.body.password });
      clearRefreshCookie(reply, deps.config.NODE_ENV === 'production');
      return reply.code(204).send(null);
    },
  });
}
