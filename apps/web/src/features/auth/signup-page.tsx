import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@hormohelp/contracts/limits';
import { type FormEvent, useState } from 'react';
import { Link, Navigate } from 'react-router-dom';
import { Button } from '@/components/button';
import { TextField } from '@/components/field';
import { api, getErrorCode, getErrorMessage, getFieldErrors } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/use-document-title';
import { AuthLayout } from './components/auth-layout';
import { CheckInbox } from './components/check-inbox';
import { FormAlert } from './components/form-alert';
import { PasswordStrengthMeter } from './components/password-strength-meter';
import { ratePassword } from './password-strength';
import { useAuth } from './use-auth';

type SignupForm = { name: string; email: string; password: string };

function validateSignup(form: SignupForm): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.name.trim()) errors.name = 'Enter your name';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.email.trim())) errors.email = 'Enter a valid email address';
  if (form.password.length < PASSWORD_MIN_LENGTH)
    errors.password = `Use at least ${PASSWORD_MIN_LENGTH} characters`;
  if (form.password.length > PASSWORD_MAX_LENGTH)
    errors.password = `Use at most ${PASSWORD_MAX_LENGTH} characters`;
  return errors;
}

export default function SignupPage() {
  useDocumentTitle('Create your account');
  const { status } = useAuth();
  const [form, setForm] = useState<SignupForm>({ name: '', email: '', password: '' });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);

  if (status === 'authenticated') return <Navigate to="/dashboard" replace />;
  if (sentTo) return <CheckInbox email={sentTo} />;

  const update = (field: keyof SignupForm) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [field]: event.target.value }));

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const errors = validateSignup(form);
    setFieldErrors(errors);
    setFormError(null);
    if (Object.keys(errors).length > 0) return;
    setIsSubmitting(true);
    try {
      const email = form.email.trim().toLowerCase();
      await api.post('/auth/signup', { name: form.name.trim(), email, password: form.password });
      setSentTo(email);
    } catch (error) {
      setFieldErrors(getFieldErrors(error));
      setFormError(
        getErrorCode(error) === 'rate_limited'
          ? 'Too many sign-ups from this network. Please wait a few minutes and try again.'
          : getErrorMessage(error),
      );
    } finally {
      setIsSubmitting(false);
    }
  }

  return (
    <AuthLayout
      title="Create your account"
      description="Track symptoms, learn about your body and talk to experts. Free to join."
      footer={
        <>
          Already have an account?{' '}
          <Link to="/login" className="font-medium text-brand-700 underline hover:text-brand-800">
            Log in
          </Link>
        </>
      }
    >
      <form noValidate onSubmit={handleSubmit} className="space-y-4">
        {formError && <FormAlert>{formError}</FormAlert>}
        <TextField
          label="Name"
          name="name"
          autoComplete="name"
          value={form.name}
          onChange={update('name')}
          error={fieldErrors.name}
        />
        <TextField
          label="Email"
          type="email"
          name="email"
          autoComplete="email"
          value={form.email}
          onChange={update('email')}
          error={fieldErrors.email}
        />
        <TextField
          label="Password"
          type="password"
          name="password"
          autoComplete="new-password"
          maxLength={PASSWORD_MAX_LENGTH}
          value={form.password}
          onChange={update('password')}
          error={fieldErrors.password}
          hint={<PasswordStrengthMeter strength={ratePassword(form.password)} />}
        />
        <p className="text-sm text-stone-600">
          By creating an account you agree to our{' '}
          <Link to="/terms" className="underline hover:text-brand-800">
            terms
          </Link>{' '}
          and{' '}
          <Link to="/privacy" className="underline hover:text-brand-800">
            privacy policy
          </Link>
          .
        </p>
        <Button type="submit" size="lg" className="w-full" loading={isSubmitting}>
          Create account
        </Button>
      </form>
    </AuthLayout>
  );
}
