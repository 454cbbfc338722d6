import { route } from '@hormohelp/server-kit';
import type { AuthDeps } from '../deps';
import { readBearerClaims } from '../http/bearer-claims';
import { readRefreshCookie } from '../http/refresh-cookie';
import { endOtherSessions } from '../use-cases/end-other-sessions';

/** DELETE /auth/sessions: every session but the current one ends; 204. */
export const endOtherSessionsRoute = (deps: AuthDeps) =>
  route(async (req, res) => {
    const claims = await readBearerClaims(deps, req);
    await endOtherSessions(deps, { userId: claims.sub, refreshToken: readRefreshCookie(req) });
    res.status(204).end();
  });
