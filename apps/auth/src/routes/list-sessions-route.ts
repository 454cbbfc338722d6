import { route } from '@hormohelp/server-kit';
import type { AuthDeps } from '../deps';
import { readBearerClaims } from '../http/bearer-claims';
import { readRefreshCookie } from '../http/refresh-cookie';
import { listSessions } from '../use-cases/list-sessions';

/** GET /auth/sessions: the refresh cookie (Path=/auth) comes along and marks the current session. */
export const listSessionsRoute = (deps: AuthDeps) =>
  route(async (req, res) => {
    const claims = await readBearerClaims(deps, req);
    const items = await listSessions(deps, { userId: claims.sub, refreshToken: readRefreshCookie(req) });
    res.set('Cache-Control', 'no-store');
    res.json({ items });
  });
