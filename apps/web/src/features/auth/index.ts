// The session, shared by every feature. Pages are not exported here: routes lazy-load them by path.
export type { AuthContextValue, AuthStatus } from './auth-context';
export { AuthProvider } from './auth-provider';
export { EmailVerificationBanner } from './components/email-verification-banner';
export { hasCompletedOnboarding } from './post-login-path';
export { ProtectedRoute } from './protected-route';
export { useAuth } from './use-auth';
