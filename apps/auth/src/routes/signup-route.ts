import { signupBodySchema } from '@hormohelp/contracts';
import { route, validate } from '@hormohelp/server-kit';
import type { AuthDeps } from '../deps';
import { signUp } from '../use-cases/sign-up';

export const SIGNUP_MESSAGE =
  'Thanks for signing up. Check your inbox: we have sent you an email to finish creating your account.';

export const signupRoute = (deps: AuthDeps) =>
  route(async (req, res) => {
    await signUp(deps, validate(signupBodySchema, req.body));
    res.status(201).json({ message: SIGNUP_MESSAGE });
  });
