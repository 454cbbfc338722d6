import { type Server, useOpenApi } from '@hormohelp/server-kit';
import type { AuthDeps } from '../deps';
import { deleteAccountRoute } from './delete-account-route';
import { endOtherSessionsRoute } from './end-other-sessions-route';
import { endSessionRoute } from './end-session-route';
import { forgotPasswordRoute } from './forgot-password-route';
import { jwksRoute } from './jwks-route';
import { listSessionsRoute } from './list-sessions-route';
import { loginRoute } from './login-route';
import { logoutRoute } from './logout-route';
import { meRoute } from './me-route';
import { refreshRoute } from './refresh-route';
import { resendVerificationRoute } from './resend-verification-route';
import { resetPasswordRoute } from './reset-password-route';
import { signupRoute } from './signup-route';
import { verifyEmailRoute } from './verify-email-route';

/** The refresh token's cookie, the proof that /auth/refresh takes instead of a bearer token. */
const REFRESH_COOKIE_SCHEME = {
  type: 'apiKey',
  in: 'cookie',
  name: 'refresh_token',
  description: 'HttpOnly, SameSite=Strict, Path=/auth; set by login, verify-email and refresh',
};

/**
 * Every route under /auth, as the browser reaches it through the API's proxy, and their OpenAPI
 * document at GET /auth/openapi.json, made from these same declarations.
 */
export async function authRoutes(app: Server, deps: AuthDeps): Promise<void> {
  await useOpenApi(app, {
    title: 'HormoHelp auth service',
    description:
      'Accounts, sessions and tokens, under /auth. Errors are always {"error": {"code", "message", "details"?}}.',
    securitySchemes: { refreshCookie: REFRESH_COOKIE_SCHEME },
    path: '/auth/openapi.json',
  });
  signupRoute(app, deps);
  loginRoute(app, deps);
  logoutRoute(app, deps);
  refreshRoute(app, deps);
  verifyEmailRoute(app, deps);
  resendVerificationRoute(app, deps);
  forgotPasswordRoute(app, deps);
  resetPasswordRoute(app, deps);
  meRoute(app, deps);
  jwksRoute(app, deps);
  // The person's own sessions and erasure.
  listSessionsRoute(app, deps);
  endOtherSessionsRoute(app, deps);
  endSessionRoute(app, deps);
  deleteAccountRoute(app, deps);
}
