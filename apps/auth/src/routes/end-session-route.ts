import { route } from '@hormohelp/server-kit';
import type { AuthDeps } from '../deps';
import { readBearerClaims } from '../http/bearer-claims';
import { clearRefreshCookie, readRefreshCookie } from '../http/refresh-cookie';
import { endSession } from '../use-cases/end-session';

/** DELETE /auth/sessions/:id: 204; ending the current session also drops its cookie, like logout. */
export const endSessionRoute = (deps: AuthDeps) =>
  route(async (req, res) => {
    const claims = await readBearerClaims(deps, req);
    const { wasCurrent } = await endSession(deps, {
      userId: claims.sub,
      sessionId: String(req.params.id),
      refreshToken: readRefreshCookie(req),
    });
    if (wasCurrent) clearRefreshCookie(res, deps.config.NODE_ENV === 'production');
    res.status(204).end();
  });
