import { deleteAccountBodySchema } from '@hormohelp/contracts';
import { route, validate } from '@hormohelp/server-kit';
import type { AuthDeps } from '../deps';
import { readBearerClaims } from '../http/bearer-claims';
import { clearRefreshCookie } from '../http/refresh-cookie';
import { deleteAccount } from '../use-cases/delete-account';

/** DELETE /auth/account {password}: Bearer and the password again; 204 and the cookie cleared. */
export const deleteAccountRoute = (deps: AuthDeps) =>
  route(async (req, res) => {
    const claims = await readBearerClaims(deps, req);
    const { password } = validate(deleteAccountBodySchema, req.body ?? {});
    await deleteAccount(deps, { userId: claims.sub, password });
    clearRefreshCookie(res, deps.config.NODE_ENV === 'production');
    res.status(204).end();
  });
