import { tokenBodySchema } from '@hormohelp/contracts';
import { route, validate } from '@hormohelp/server-kit';
import type { AuthDeps } from '../deps';
import { sendSession } from '../http/session-response';
import { verifyEmail } from '../use-cases/verify-email';

export const verifyEmailRoute = (deps: AuthDeps) =>
  route(async (req, res) => {
    const { token } = validate(tokenBodySchema, req.body);
    sendSession(res, deps, await verifyEmail(deps, { token, userAgent: req.get('user-agent') ?? null }));
  });
