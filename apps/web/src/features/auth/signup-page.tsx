import { PASSWORD_MAX_LENGTH } from '@hormohelp/contracts/limits';
import { useState } from 'react';
import { Link, Navigate } from 'react-router-dom';
import { Button } from '@/components/button';
import { TextField } from '@/components/field';
import { FormAlert } from '@/components/form-alert';
import { api, getErrorCode, getErrorMessage } from '@/lib/api-client';
import { lazyAccountResolvers } from '@/lib/forms/account-resolvers';
import { showServerFieldErrors } from '@/lib/forms/show-server-field-errors';
import { useContractForm } from '@/lib/forms/use-contract-form';
import { deviceTimeZone } from '@/lib/time-zone';
import { useDocumentTitle } from '@/lib/use-document-title';
import { AuthLayout } from './components/auth-layout';
import { CheckInbox } from './components/check-inbox';
import { PasswordStrengthMeter } from './components/password-strength-meter';
import { ratePassword } from './password-strength';
import { useAuth } from './use-auth';

export default function SignupPage() {
  useDocumentTitle('Create your account');
  const { status } = useAuth();
  const form = useContractForm(lazyAccountResolvers.signup, { name: '', email: '', password: '' });
  const { errors } = form.formState;
  const [formError, setFormError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);

  if (status === 'authenticated') return <Navigate to="/dashboard" replace />;
  if (sentTo) return <CheckInbox email={sentTo} />;

  const handleSubmit = form.handleSubmit(async (body) => {
    setFormError(null);
    try {
      // The account's days follow this device's zone until the person chooses another in Settings.
      await api.post('auth/signup', { json: { ...body, timeZone: deviceTimeZone() } });
      setSentTo(body.email);
    } catch (error) {
      showServerFieldErrors(form, error);
      setFormError(
        getErrorCode(error) === 'rate_limited'
          ? 'Too many sign-ups from this network. Please wait a few minutes and try again.'
          : getErrorMessage(error),
      );
    }
  });

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
        <TextField label="Name" autoComplete="name" {...form.register('name')} error={errors.name?.message} />
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
          autoComplete="new-password"
          maxLength={PASSWORD_MAX_LENGTH}
          {...form.register('password')}
          error={errors.password?.message}
          hint={<PasswordStrengthMeter strength={ratePassword(form.watch('password'))} />}
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
        <Button type="submit" size="lg" className="w-full" loading={form.formState.isSubmitting}>
          Create account
        </Button>
      </form>
    </AuthLayout>
  );
}
