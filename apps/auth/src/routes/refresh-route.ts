import { route } from '@hormohelp/server-kit';
import type { AuthDeps } from '../deps';
import { clearRefreshCookie, readRefreshCookie } from '../http/refresh-cookie';
import { sendSession } from '../http/session-response';
import { refreshSession } from '../use-cases/refresh-session';

export const refreshRoute = (deps: AuthDeps) =>
  route(async (req, res) => {
    const isProduction = deps.config.NODE_ENV === 'production';
    try {
      const session = await refreshSession(deps, {
        refreshToken: readRefreshCookie(req),
        userAgent: req.get('user-agent') ?? null,
      });
      sendSession(res, deps, session);
    } catch (error) {
      // A cookie that no longer refreshes is dropped, so the browser stops presenting it.
      if ((error as { code?: string }).code === 'unauthorized') clearRefreshCookie(res, isProduction);
      throw error;
    }
  });
