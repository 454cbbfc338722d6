import { route } from '@hormohelp/server-kit';
import type { AuthDeps } from '../deps';
import { clearRefreshCookie, readRefreshCookie } from '../http/refresh-cookie';
import { logOut } from '../use-cases/log-out';

export const logoutRoute = (deps: AuthDeps) =>
  route(async (req, res) => {
    await logOut(deps, readRefreshCookie(req));
    clearRefreshCookie(res, deps.config.NODE_ENV === 'production');
    res.status(204).end();
  });
