import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@hormohelp/contracts/limits';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Button } from '@/components/button';
import { TextField } from '@/components/field';
import { api, getErrorCode, getErrorMessage, getFieldErrors } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/use-document-title';
import { AuthLayout } from './components/auth-layout';
import { FormAlert } from './components/form-alert';
import { PasswordStrengthMeter } from './components/password-strength-meter';
import { ratePassword } from './password-strength';

const linkClass = 'font-medium text-brand-700 underline hover:text-brand-800';

export default function ResetPasswordPage() {
  useDocumentTitle('Choose a new password');
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(token ? null : 'This link has no reset token.');
  const [isDone, setIsDone] = useState(false);
  const [isSubmitting, setIsSubmitting] = useState(false);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (password.length < PASSWORD_MIN_LENGTH)
      errors.password = `Use at least ${PASSWORD_MIN_LENGTH} characters`;
    if (password.length > PASSWORD_MAX_LENGTH)
      errors.password = `Use at most ${PASSWORD_MAX_LENGTH} characters`;
    if (confirmation !== password) errors.confirmation = 'The two passwords do not match';
    setFieldErrors(errors);
    setFormError(null);
    if (Object.keys(errors).length > 0 || !token) return;
    setIsSubmitting(true);
    try {
      await api.post('/auth/reset-password', { token, password });
      setIsDone(true);
    } catch (error) {
      setFieldErrors(getFieldErrors(error));
      setFormError(
        getErrorCode(error) === 'invalid_token'
          ? 'This reset link is invalid, already used or expired (links last one hour). Ask for a new one.'
          : getErrorMessage(error),
      );
    } finally {
      setIsSubmitting(false);
    }
  }

  if (isDone) {
    return (
      <AuthLayout title="Password updated">
        <FormAlert tone="success">
          Your password has been changed and every device that was signed in has been signed out.
        </FormAlert>
        <Link to="/login" className={`mt-6 inline-block ${linkClass}`}>
          Log in with your new password
        </Link>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout
      title="Choose a new password"
      footer={
        <Link to="/forgot-password" className={linkClass}>
          Ask for a new reset link
        </Link>
      }
    >
      <form noValidate onSubmit={handleSubmit} className="space-y-4">
        {formError && <FormAlert>{formError}</FormAlert>}
        <TextField
          label="New password"
          type="password"
          name="password"
          autoComplete="new-password"
          maxLength={PASSWORD_MAX_LENGTH}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fieldErrors.password}
          hint={<PasswordStrengthMeter strength={ratePassword(password)} />}
        />
        <TextField
          label="Repeat new password"
          type="password"
          name="confirmation"
          autoComplete="new-password"
          value={confirmation}
          onChange={(event) => setConfirmation(event.target.value)}
          error={fieldErrors.confirmation}
        />
        <Button type="submit" size="lg" className="w-full" loading={isSubmitting} disabled={!token}>
          Save new password
        </Button>
      </form>
    </AuthLayout>
  );
}
