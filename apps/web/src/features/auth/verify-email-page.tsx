import type { SessionResponse, User } from '@hormohelp/contracts';
import { Loader2 } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router-dom';
import { Button } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import { api, getErrorCode, getErrorMessage } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/use-document-title';
import { AuthLayout } from './components/auth-layout';
import { pathAfterLogin } from './post-login-path';
import { useAuth } from './use-auth';

// A verification token is single use: however often the page mounts (StrictMode mounts twice), one request.
const verifications = new Map<string, Promise<SessionResponse>>();

function verifyOnce(token: string): Promise<SessionResponse> {
  let verification = verifications.get(token);
  if (!verification) {
    verification = api.post('auth/verify-email', { json: { token } }).json<SessionResponse>();
    verifications.set(token, verification);
  }
  return verification;
}

export default function VerifyEmailPage() {
  useDocumentTitle('Verify your email');
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token');
  const { startSession } = useAuth();
  // The context's functions change identity as the session changes; verification must not restart then.
  const startSessionRef = useRef(startSession);
  startSessionRef.current = startSession;
  const [verifiedUser, setVerifiedUser] = useState<User | null>(null);
  const [error, setError] = useState<string | null>(token ? null : 'This link has no verification token.');
  // A network failure did not spend the token, so the person may simply try again.
  const [canRetry, setCanRetry] = useState(false);
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new attempt is the reason to run again
  useEffect(() => {
    if (!token) return;
    let isCurrent = true;
    verifyOnce(token).then(
      (session) => {
        if (isCurrent) setVerifiedUser(startSessionRef.current(session));
      },
      (failure: unknown) => {
        if (!isCurrent) return;
        const isSpent = getErrorCode(failure) === 'invalid_token';
        if (!isSpent) verifications.delete(token);
        setCanRetry(!isSpent);
        setError(
          getErrorCode(failure) === 'invalid_token'
            ? 'This verification link is invalid, already used or expired (links last 24 hours).'
            : getErrorMessage(failure),
        );
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [token, attempt]);

  function retry() {
    setError(null);
    setAttempt((count) => count + 1);
  }

  if (verifiedUser) return <Navigate to={pathAfterLogin(verifiedUser)} replace />;

  return (
    <AuthLayout title={error ? 'We could not verify your email' : 'Verifying your email'}>
      {error ? (
        <div className="space-y-4">
          <FormAlert>{error}</FormAlert>
          {canRetry && (
            <Button variant="secondary" onClick={retry}>
              Try again
            </Button>
          )}
          <p className="text-sm text-stone-700">
            Log in to send yourself a new link from the banner at the top of the app, or sign up again if you
            never finished.
          </p>
          <div className="flex flex-wrap gap-4 text-sm font-medium">
            <Link to="/login" className="text-brand-700 underline hover:text-brand-800">
              Log in
            </Link>
            <Link to="/signup" className="text-brand-700 underline hover:text-brand-800">
              Sign up
            </Link>
          </div>
        </div>
      ) : (
        <p role="status" className="flex items-center gap-3 text-stone-700">
          <Loader2 className="h-5 w-5 motion-safe:animate-spin text-brand-700" aria-hidden="true" />
          Checking your link and signing you in…
        </p>
      )}
    </AuthLayout>
  );
}
