import { useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { Button } from '@/components/button';
import { TextField } from '@/components/field';
import { FormAlert } from '@/components/form-alert';
import { api, getErrorMessage } from '@/lib/api-client';
import { lazyAccountResolvers } from '@/lib/forms/account-resolvers';
import { showServerFieldErrors } from '@/lib/forms/show-server-field-errors';
import { useContractForm } from '@/lib/forms/use-contract-form';
import { useDocumentTitle } from '@/lib/use-document-title';
import { AuthLayout } from './components/auth-layout';

/** The email the login page passes on, so nobody types it twice. */
function readPassedEmail(state: unknown): string {
  return typeof state === 'object' && state !== null && 'email' in state && typeof state.email === 'string'
    ? state.email
    : '';
}

export default function ForgotPasswordPage() {
  useDocumentTitle('Reset your password');
  const location = useLocation();
  const form = useContractForm(lazyAccountResolvers.forgotPassword, {
    email: readPassedEmail(location.state),
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);

  const handleSubmit = form.handleSubmit(async (body) => {
    setFormError(null);
    try {
      await api.post('auth/forgot-password', { json: body });
      setSentTo(body.email);
    } catch (error) {
      showServerFieldErrors(form, error);
      setFormError(getErrorMessage(error));
    }
  });

  const backToLogin = (
    <Link to="/login" className="font-medium text-brand-700 underline hover:text-brand-800">
      Back to log in
    </Link>
  );

  if (sentTo) {
    return (
      <AuthLayout title="Check your inbox" footer={backToLogin}>
        <FormAlert tone="success">
          If an account exists for <strong>{sentTo}</strong>, we have sent it a link to choose a new password.
          The link works once, for one hour.
        </FormAlert>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout
      title="Forgot your password?"
      description="Enter the email you signed up with and we will send you a link to choose a new one."
      footer={backToLogin}
    >
      <form noValidate onSubmit={handleSubmit} className="space-y-4">
        {formError && <FormAlert>{formError}</FormAlert>}
        <TextField
          label="Email"
          type="email"
          autoComplete="email"
          {...form.register('email')}
          error={form.formState.errors.email?.message}
        />
        <Button type="submit" size="lg" className="w-full" loading={form.formState.isSubmitting}>
          Send reset link
        </Button>
      </form>
    </AuthLayout>
  );
}
