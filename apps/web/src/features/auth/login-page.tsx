import { useState } from 'react';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { Button } from '@/components/button';
import { TextField } from '@/components/field';
import { FormAlert } from '@/components/form-alert';
import { PageSkeleton } from '@/components/page-skeleton';
import { getErrorCode, getErrorMessage, getRetryAfterSeconds } from '@/lib/api-client';
import { lazyAccountResolvers } from '@/lib/forms/account-resolvers';
import { showServerFieldErrors } from '@/lib/forms/show-server-field-errors';
import { useContractForm } from '@/lib/forms/use-contract-form';
import { useDocumentTitle } from '@/lib/use-document-title';
import { AuthLayout } from './components/auth-layout';
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
  const form = useContractForm(lazyAccountResolvers.login, { email: '', password: '' });
  const { errors } = form.formState;
  const [formError, setFormError] = useState<string | null>(null);

  if (status === 'loading') return <PageSkeleton />;
  if (status === 'authenticated' && user) {
    return <Navigate to={pathAfterLogin(user, readReturnPath(location.state))} replace />;
  }

  const handleSubmit = form.handleSubmit(async ({ email, password }) => {
    setFormError(null);
    try {
      await login(email, password);
    } catch (error) {
      showServerFieldErrors(form, error);
      setFormError(describeLoginError(error));
    }
  });

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
          autoComplete="email"
          {...form.register('email')}
          error={errors.email?.message}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          {...form.register('password')}
          error={errors.password?.message}
        />
        <div className="flex justify-end">
          <Link
            to="/forgot-password"
            state={{ email: form.watch('email').trim() }}
            className="text-sm font-medium text-brand-700 underline hover:text-brand-800"
          >
            Forgot password?
          </Link>
        </div>
        <Button type="submit" size="lg" className="w-full" loading={form.formState.isSubmitting}>
          Log in
        </Button>
      </form>
    </AuthLayout>
  );
}
