import { useState } from 'react';
import toast from 'react-hot-toast';
import { useNavigate } from 'react-router-dom';
import { Button } from '@/components/button';
import { TextField } from '@/components/field';
import { useAuth } from '@/features/auth';
import { api, getErrorCode, getErrorMessage } from '@/lib/api-client';
import { lazyAccountResolvers } from '@/lib/forms/account-resolvers';
import { showServerFieldErrors } from '@/lib/forms/show-server-field-errors';
import { useContractForm } from '@/lib/forms/use-contract-form';
import { SettingsSection } from './settings-section';

/** Erasure (GDPR Art. 17): the password again, then DELETE /auth/account and home, signed out. */
export function DeleteAccountCard() {
  const { logout } = useAuth();
  const navigate = useNavigate();
  const [isOpen, setIsOpen] = useState(false);
  const form = useContractForm(lazyAccountResolvers.deleteAccount, { password: '' });

  /** The wrong password, or anything else that stopped the deletion, is said beside the field. */
  function showRefusal(caught: unknown) {
    if (getErrorCode(caught) !== 'invalid_credentials' && showServerFieldErrors(form, caught)) return;
    const message =
      getErrorCode(caught) === 'invalid_credentials'
        ? 'That password is not right.'
        : getErrorMessage(caught);
    form.setError('password', { type: 'server', message }, { shouldFocus: true });
  }

  const handleSubmit = form.handleSubmit(async (body) => {
    try {
      await api.delete('auth/account', { json: body });
    } catch (caught) {
      showRefusal(caught);
      return;
    }
    await logout();
    navigate('/', { replace: true });
    toast.success('Your account and its data are deleted.');
  });

  function cancel() {
    setIsOpen(false);
    form.reset();
  }

  return (
    <SettingsSection
      id="delete-account"
      title="Delete your account"
      description="Removes your account and everything in it. This cannot be undone."
    >
      {!isOpen ? (
        <Button variant="danger" onClick={() => setIsOpen(true)}>
          Delete my account
        </Button>
      ) : (
        <form onSubmit={handleSubmit} noValidate className="space-y-4">
          <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900">
            <p className="font-semibold">This is permanent.</p>
            <p className="mt-1">
              Your profile, onboarding answers, symptom logs, posts (with the comments under them), comments,
              likes, bookings and cart are erased at once, and every session is signed out. Orders are kept
              only as accounting law requires, without your name, email or any health data. Download your data
              first if you want a copy.
            </p>
          </div>
          <TextField
            label="Your password"
            type="password"
            autoComplete="current-password"
            {...form.register('password')}
            error={form.formState.errors.password?.message}
          />
          <div className="flex flex-wrap gap-3">
            <Button type="submit" variant="danger" loading={form.formState.isSubmitting}>
              Delete my account permanently
            </Button>
            <Button variant="ghost" onClick={cancel} disabled={form.formState.isSubmitting}>
              Cancel
            </Button>
          </div>
        </form>
      )}
    </SettingsSection>
  );
}
