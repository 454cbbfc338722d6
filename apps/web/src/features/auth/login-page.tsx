import { type FormEvent, useState } from 'react';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { Button } from '@/components/button';
import { TextField } from '@/components/field';
import { PageSkeleton } from '@/components/page-skeleton';
import { getErrorCode, getErrorMessage, getFieldErrors, getRetryAfterSeconds } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/use-document-title';
import { AuthLayout } from './components/auth-layout';
import { FormAlert } from './components/form-alert';
import { pathAfterLogin, readReturnPath } from './post-login-path';
import { useAuth } from './use-auth';

function describeLoginError(error: unknown): string {
  const code = getErrorCode(error);
  if (code === 'invalid_credentials')
    return 'That email and password do not match an account. Check both and try again.';
  if (code === 'rate_limited') {
    const minutes = Math.ceil((getRetryAfterSeconds(error) ?? 900) / 60);
    return `Too many sign-in attempts. Please wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`;
  }
  return getErrorMessage(error);
}

export default function LoginPage() {
  useDocumentTitle('Log in');
  const { status, user, login } = useAuth();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);

  if (status === 'loading') return <PageSkeleton />;
  if (status === 'authenticated' && user) {
    return <Navigate to={pathAfterLogin(user, readReturnPath(location.state))} replace />;
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!email.trim()) errors.email = 'Enter your email address';
    if (!password) errors.password = 'Enter your password';
    setFieldErrors(errors);
    setFormError(null);
    if (Object.keys(errors).length > 0) return;
    setIsSubmitting(true);
    try {
      await login(email.trim(), password);
    } catch (error) {
      setFieldErrors(getFieldErrors(error));
      setFormError(describeLoginError(error));
      setIsSubmitting(false);
    }
  }

  return (
    <AuthLayout
      title="Welcome back"
      description="Log in to see your symptoms, your community and your bookings."
      footer={
        <>
          New to HormoHelp?{' '}
          <Link to="/signup" className="font-medium text-brand-700 underline hover:text-brand-800">
            Create an account
          </Link>
        </>
      }
    >
      <form noValidate onSubmit={handleSubmit} className="space-y-4">
        {formError && <FormAlert>{formError}</FormAlert>}
        <TextField
          label="Email"
          type="email"
          name="email"
          autoComplete="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={fieldErrors.email}
        />
        <TextField
          label="Password"
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fieldErrors.password}
        />
        <div className="flex justify-end">
          <Link
            to="/forgot-password"
            state={{ email: email.trim() }}
            className="text-sm font-medium text-brand-700 underline hover:text-brand-800"
          >
            Forgot password?
          </Link>
        </div>
        <Button type="submit" size="lg" className="w-full" loading={isSubmitting}>
          Log in
        </Button>
      </form>
    </AuthLayout>
  );
}
