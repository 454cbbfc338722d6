import { AUTH_ROUTES } from '@hormohelp/contracts';
import type { Server } from '@hormohelp/server-kit';
import type { AuthDeps } from '../deps';
import { RULES, rateLimit } from '../rate-limit/rate-limit';
import { resendVerification } from '../use-cases/resend-verification';

export const RESEND_MESSAGE =
  'If that address has an account that still needs verifying, a new verification email is on its way.';

/** POST /auth/resend-verification: 202 with one message for every email, once the request is a job. */
export function resendVerificationRoute(app: Server, deps: AuthDeps): void {
  app.route({
    ...AUTH_ROUTES.resendVerification,
    preValidation: rateLimit(deps.rateLimits, RULES.resendVerification),
    handler: async (request, reply) => {
      await resendVerification(deps, request.body.email);
      return reply.code(202).send({ message: RESEND_MESSAGE });
    },
  });
}
