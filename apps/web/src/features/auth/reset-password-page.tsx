import { PASSWORD_MAX_LENGTH } from '@hormohelp/contracts/limits';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Button } from '@/components/button';
import { TextField } from '@/components/field';
import { FormAlert } from '@/components/form-alert';
import { api, getErrorCode, getErrorMessage } from '@/lib/api-client';
import { lazyAccountResolvers } from '@/lib/forms/account-resolvers';
import { showServerFieldErrors } from '@/lib/forms/show-server-field-errors';
import { useContractForm } from '@/lib/forms/use-contract-form';
import { useDocumentTitle } from '@/lib/use-document-title';
import { AuthLayout } from './components/auth-layout';
import { PasswordStrengthMeter } from './components/password-strength-meter';
import { ratePassword } from './password-strength';

const linkClass = 'font-medium text-brand-700 underline hover:text-brand-800';

export default function ResetPasswordPage() {
  useDocumentTitle('Choose a new password');
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token');
  const form = useContractForm(lazyAccountResolvers.resetPassword, { password: '', confirmation: '' });
  const { errors } = form.formState;
  const [formError, setFormError] = useState<string | null>(token ? null : 'This link has no reset token.');
  const [isDone, setIsDone] = useState(false);
  const password = form.watch('password');

  // The repeat is checked against the password, so it is checked again when the password changes.
  useEffect(() => {
    if (password && form.getFieldState('confirmation').isTouched) void form.trigger('confirmation');
  }, [password, form]);

  const handleSubmit = form.handleSubmit(async (values) => {
    if (!token) return;
    setFormError(null);
    try {
      await api.post('auth/reset-password', { json: { token, password: values.password } });
      setIsDone(true);
    } catch (error) {
      showServerFieldErrors(form, error);
      setFormError(
        getErrorCode(error) === 'invalid_token'
          ? 'This reset link is invalid, already used or expired (links last one hour). Ask for a new one.'
          : getErrorMessage(error),
      );
    }
  });

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
          autoComplete="new-password"
          maxLength={PASSWORD_MAX_LENGTH}
          {...form.register('password')}
          error={errors.password?.message}
          hint={<PasswordStrengthMeter strength={ratePassword(password)} />}
        />
        <TextField
          label="Repeat new password"
          type="password"
          autoComplete="new-password"
          {...form.register('confirmation')}
          error={errors.confirmation?.message}
        />
        <Button
          type="submit"
          size="lg"
          className="w-full"
          loading={form.formState.isSubmitting}
          disabled={!token}
        >
          Save new password
        </Button>
      </form>
    </AuthLayout>
  );
}
