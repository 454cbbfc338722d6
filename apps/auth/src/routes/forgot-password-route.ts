import { emailBodySchema } from '@hormohelp/contracts';
import { route, validate } from '@hormohelp/server-kit';
import type { AuthDeps } from '../deps';
import { requestPasswordReset } from '../use-cases/request-password-reset';

export const FORGOT_MESSAGE =
  'If that address has an account, an email with a link to reset the password is on its way. The link is valid for 1 hour.';

export const forgotPasswordRoute = (deps: AuthDeps) =>
  route(async (req, res) => {
    const { email } = validate(emailBodySchema, req.body);
    requestPasswordReset(deps, email);
    res.status(202).json({ message: FORGOT_MESSAGE });
  });
