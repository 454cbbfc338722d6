import { type FormEvent, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { Button } from '@/components/button';
import { TextField } from '@/components/field';
import { api, getErrorMessage, getFieldErrors } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/use-document-title';
import { AuthLayout } from './components/auth-layout';
import { FormAlert } from './components/form-alert';

export default function ForgotPasswordPage() {
  useDocumentTitle('Reset your password');
  const location = useLocation();
  // The login page passes on what was typed there, so nobody types their email twice.
  const [email, setEmail] = useState(() => {
    const state: unknown = location.state;
    return typeof state === 'object' && state !== null && 'email' in state && typeof state.email === 'string'
      ? state.email
      : '';
  });
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) {
      setFieldError('Enter a valid email address');
      return;
    }
    setFieldError(undefined);
    setIsSubmitting(true);
    try {
      await api.post('/auth/forgot-password', { email: email.trim() });
      setSentTo(email.trim());
    } catch (error) {
      setFieldError(getFieldErrors(error).email);
      setFormError(getErrorMessage(error));
    } finally {
      setIsSubmitting(false);
    }
  }

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
          name="email"
          autoComplete="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={fieldError}
        />
        <Button type="submit" size="lg" className="w-full" loading={isSubmitting}>
          Send reset link
        </Button>
      </form>
    </AuthLayout>
  );
}
