import { AUTH_ROUTES } from '@hormohelp/contracts';
import type { Server } from '@hormohelp/server-kit';
import type { AuthDeps } from '../deps';
import { resetPassword } from '../use-cases/reset-password';

/** POST /auth/reset-password: the link's token, once, and the new password; every session ends. */
export function resetPasswordRoute(app: Server, deps: AuthDeps): void {
  app.route({
    ...AUTH_ROUTES.resetPassword,
    handler: async (request) => {
      await resetPassword(deps, request.body);
      return { message: 'Your password has been changed. Please sign in with the new password.' };
    },
  });
}
