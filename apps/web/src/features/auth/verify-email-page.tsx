import type { SessionResponse, User } from '@hormohelp/contracts';
import { Loader2 } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router-dom';
import { api, getErrorCode, getErrorMessage } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/use-document-title';
import { AuthLayout } from './components/auth-layout';
import { FormAlert } from './components/form-alert';
import { pathAfterLogin } from './post-login-path';
import { useAuth } from './use-auth';

// A verification token is single use: however often the page mounts (StrictMode mounts twice), one request.
const verifications = new Map<string, Promise<SessionResponse>>();

function verifyOnce(token: string): Promise<SessionResponse> {
  let verification = verifications.get(token);
  if (!verification) {
    verification = api.post<SessionResponse>('/auth/verify-email', { token }).then(({ data }) => data);
    verifications.set(token, verification);
  }
  return verification;
}

export default function VerifyEmailPage() {
  useDocumentTitle('Verify your email');
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token');
  const { startSession } = useAuth();
  const [verifiedUser, setVerifiedUser] = useState<User | null>(null);
  const [error, setError] = useState<string | null>(token ? null : 'This link has no verification token.');

  useEffect(() => {
    if (!token) return;
    let isCurrent = true;
    verifyOnce(token).then(
      (session) => {
        if (isCurrent) setVerifiedUser(startSession(session));
      },
      (failure: unknown) => {
        if (!isCurrent) return;
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
  }, [token, startSession]);

  if (verifiedUser) return <Navigate to={pathAfterLogin(verifiedUser)} replace />;

  return (
    <AuthLayout title={error ? 'We could not verify your email' : 'Verifying your email'}>
      {error ? (
        <div className="space-y-4">
          <FormAlert>{error}</FormAlert>
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
