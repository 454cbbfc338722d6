import { emailBodySchema } from '@hormohelp/contracts';
import { route, validate } from '@hormohelp/server-kit';
import type { AuthDeps } from '../deps';
import { resendVerification } from '../use-cases/resend-verification';

export const RESEND_MESSAGE =
  'If that address has an account that still needs verifying, a new verification email is on its way.';

export const resendVerificationRoute = (deps: AuthDeps) =>
  route(async (req, res) => {
    const { email } = validate(emailBodySchema, req.body);
    resendVerification(deps, email);
    res.status(202).json({ message: RESEND_MESSAGE });
  });
