import { AUTH_ROUTES } from '@hormohelp/contracts';
import type { Server } from '@hormohelp/server-kit';
import type { AuthDeps } from '../deps';
import { RULES, rateLimit } from '../rate-limit/rate-limit';
import { requestPasswordReset } from '../use-cases/request-password-reset';

export const FORGOT_MESSAGE =
  'If that address has an account, an email with a link to reset the password is on its way. The link is valid for 1 hour.';

/** POST /auth/forgot-password: 202 with one message for every email, once the request is a job. */
export function forgotPasswordRoute(app: Server, deps: AuthDeps): void {
  app.route({
    ...AUTH_ROUTES.forgotPassword,
    preValidation: rateLimit(deps.rateLimits, RULES.forgotPassword),
    handler: async (request, reply) => {
      await requestPasswordReset(deps, request.body.email);
      return reply.code(202).send({ message: FORGOT_MESSAGE });
    },
  });
}
