import { Router } from 'express';
import type { AuthDeps } from '../deps';
import { RULES, rateLimit } from '../rate-limit/rate-limit';
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

/** Every route under /auth, as the browser sees it through the API's proxy. */
export function authRouter(deps: AuthDeps): Router {
  const limit = (rule: (typeof RULES)[keyof typeof RULES]) => rateLimit(deps.rateLimits, rule);
  const router = Router();
  router.post('/auth/signup', limit(RULES.signup), signupRoute(deps));
  router.post('/auth/login', limit(RULES.login), loginRoute(deps));
  router.post('/auth/logout', logoutRoute(deps));
  router.post('/auth/refresh', refreshRoute(deps));
  router.post('/auth/verify-email', verifyEmailRoute(deps));
  router.post('/auth/resend-verification', limit(RULES.resendVerification), resendVerificationRoute(deps));
  router.post('/auth/forgot-password', limit(RULES.forgotPassword), forgotPasswordRoute(deps));
  router.post('/auth/reset-password', resetPasswordRoute(deps));
  router.get('/auth/me', meRoute(deps));
  router.get('/auth/.well-known/jwks.json', jwksRoute(deps));
  // The person's own sessions and erasure.
  router.get('/auth/sessions', listSessionsRoute(deps));
  router.delete('/auth/sessions', endOtherSessionsRoute(deps));
  router.delete('/auth/sessions/:id', endSessionRoute(deps));
  router.delete('/auth/account', limit(RULES.deleteAccount), deleteAccountRoute(deps));
  return router;
}
