import { type FormEvent, useState } from 'react';
import toast from 'react-hot-toast';
import { useNavigate } from 'react-router-dom';
import { Button } from '@/components/button';
import { TextField } from '@/components/field';
import { useAuth } from '@/features/auth';
import { api, getErrorCode, getErrorMessage, getFieldErrors } from '@/lib/api-client';
import { SettingsSection } from './settings-section';

/** Erasure (GDPR Art. 17): the password again, then DELETE /auth/account and home, signed out. */
export function DeleteAccountCard() {
  const { logout } = useAuth();
  const navigate = useNavigate();
  const [isOpen, setIsOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [isDeleting, setIsDeleting] = useState(false);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!password) {
      setError('Enter your password');
      return;
    }
    setIsDeleting(true);
    setError(undefined);
    try {
      await api.delete('/auth/account', { data: { password } });
    } catch (caught) {
      setIsDeleting(false);
      const isWrongPassword = getErrorCode(caught) === 'invalid_credentials';
      setError(
        isWrongPassword
          ? 'That password is not right.'
          : (getFieldErrors(caught).password ?? getErrorMessage(caught)),
      );
      return;
    }
    await logout();
    navigate('/', { replace: true });
    toast.success('Your account and its data are deleted.');
  }

  function cancel() {
    setIsOpen(false);
    setPassword('');
    setError(undefined);
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
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={error}
          />
          <div className="flex flex-wrap gap-3">
            <Button type="submit" variant="danger" loading={isDeleting}>
              Delete my account permanently
            </Button>
            <Button variant="ghost" onClick={cancel} disabled={isDeleting}>
              Cancel
            </Button>
          </div>
        </form>
      )}
    </SettingsSection>
  );
}
