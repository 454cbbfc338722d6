import { loginBodySchema } from '@hormohelp/contracts';
import { route, validate } from '@hormohelp/server-kit';
import type { AuthDeps } from '../deps';
import { sendSession } from '../http/session-response';
import { logIn } from '../use-cases/log-in';

export const loginRoute = (deps: AuthDeps) =>
  route(async (req, res) => {
    const input = validate(loginBodySchema, req.body);
    sendSession(res, deps, await logIn(deps, { ...input, userAgent: req.get('user-agent') ?? null }));
  });
