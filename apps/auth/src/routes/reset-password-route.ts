import { resetPasswordBodySchema } from '@hormohelp/contracts';
import { route, validate } from '@hormohelp/server-kit';
import type { AuthDeps } from '../deps';
import { resetPassword } from '../use-cases/reset-password';

export const resetPasswordRoute = (deps: AuthDeps) =>
  route(async (req, res) => {
    await resetPassword(deps, validate(resetPasswordBodySchema, req.body));
    res
      .status(200)
      .json({ message: 'Your password has been changed. Please sign in with the new password.' });
  });
