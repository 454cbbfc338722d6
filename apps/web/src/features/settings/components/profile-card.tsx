import type { User, UserResponse } from '@hormohelp/contracts';
import toast from 'react-hot-toast';
import { Button } from '@/components/button';
import { TextField } from '@/components/field';
import { useAuth } from '@/features/auth';
import { api, getErrorMessage } from '@/lib/api-client';
import { lazyAccountResolvers } from '@/lib/forms/account-resolvers';
import { showServerFieldErrors } from '@/lib/forms/show-server-field-errors';
import { useContractForm } from '@/lib/forms/use-contract-form';
import { SettingsSection } from './settings-section';

/** The name shown on the dashboard and beside community posts (PATCH /users/me {name}). */
export function ProfileCard({ user }: { user: User }) {
  const { setUser } = useAuth();
  const form = useContractForm(lazyAccountResolvers.profile, { name: user.name });
  const name = form.watch('name') ?? '';

  const handleSubmit = form.handleSubmit(async ({ name: newName }) => {
    try {
      const data = await api.patch('users/me', { json: { name: newName } }).json<UserResponse>();
      setUser(data.user);
      form.reset({ name: data.user.name });
      toast.success('Your name is saved.');
    } catch (caught) {
      // Anything but a problem with the name itself is still said beside the field.
      if (!showServerFieldErrors(form, caught)) {
        form.setError('name', { type: 'server', message: getErrorMessage(caught) }, { shouldFocus: true });
      }
    }
  });

  return (
    <SettingsSection id="profile" title="Profile" description={`Signed in as ${user.email}`}>
      <form onSubmit={handleSubmit} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <div className="flex-1">
          <TextField
            label="Name"
            autoComplete="name"
            maxLength={100}
            {...form.register('name')}
            error={form.formState.errors.name?.message}
          />
        </div>
        <Button
          type="submit"
          loading={form.formState.isSubmitting}
          disabled={name.trim() === user.name}
          className="sm:mt-7"
        >
          Save name
        </Button>
      </form>
    </SettingsSection>
  );
}
