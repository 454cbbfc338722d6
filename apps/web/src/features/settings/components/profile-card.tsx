import type { User, UserResponse } from '@hormohelp/contracts';
import { type FormEvent, useState } from 'react';
import toast from 'react-hot-toast';
import { Button } from '@/components/button';
import { TextField } from '@/components/field';
import { useAuth } from '@/features/auth';
import { api, getErrorMessage, getFieldErrors } from '@/lib/api-client';
import { SettingsSection } from './settings-section';

/** The name shown on the dashboard and beside community posts (PATCH /users/me {name}). */
export function ProfileCard({ user }: { user: User }) {
  const { setUser } = useAuth();
  const [name, setName] = useState(user.name);
  const [error, setError] = useState<string | undefined>();
  const [isSaving, setIsSaving] = useState(false);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError('Enter your name');
      return;
    }
    setIsSaving(true);
    setError(undefined);
    try {
      const { data } = await api.patch<UserResponse>('/users/me', { name: trimmed });
      setUser(data.user);
      setName(data.user.name);
      toast.success('Your name is saved.');
    } catch (caught) {
      const fields = getFieldErrors(caught);
      setError(fields.name ?? getErrorMessage(caught));
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <SettingsSection id="profile" title="Profile" description={`Signed in as ${user.email}`}>
      <form onSubmit={handleSubmit} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <div className="flex-1">
          <TextField
            label="Name"
            name="name"
            autoComplete="name"
            maxLength={100}
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={error}
          />
        </div>
        <Button type="submit" loading={isSaving} disabled={name.trim() === user.name} className="sm:mt-7">
          Save name
        </Button>
      </form>
    </SettingsSection>
  );
}
