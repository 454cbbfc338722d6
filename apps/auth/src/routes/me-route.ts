import { AUTH_ROUTES } from '@hormohelp/contracts';
import type { Server } from '@hormohelp/server-kit';
import type { AuthDeps } from '../deps';
import { getMe } from '../use-cases/get-me';

/** GET /auth/me: the user behind the access token, read fresh from the database. */
export function meRoute(app: Server, deps: AuthDeps): void {
  app.route({
    ...AUTH_ROUTES.me,
    handler: async (request) => {
      const user = await getMe(deps, request.user.sub);
      return { user };
    },
  });
}
