import { AUTH_ROUTES } from '@hormohelp/contracts';
import type { Server } from '@hormohelp/server-kit';
import type { AuthDeps } from '../deps';
import { RULES, rateLimit } from '../rate-limit/rate-limit';
import { signUp } from '../use-cases/sign-up';

export const SIGNUP_MESSAGE =
  'Thanks for signing up. Check your inbox: we have sent you an email to finish creating your account.';

/** POST /auth/signup: 201 with the same message whether or not the email was already registered. */
export function signupRoute(app: Server, deps: AuthDeps): void {
  app.route({
    ...AUTH_ROUTES.signup,
    preValidation: rateLimit(deps.rateLimits, RULES.signup),
    handler: async (request, reply) => {
      await signUp(deps, request.body);
      return reply.code(201).send({ message: SIGNUP_MESSAGE });
    },
  });
}
