import type { User, UserResponse } from '@hormohelp/contracts';
import { useMemo } from 'react';
import toast from 'react-hot-toast';
import { Button } from '@/components/button';
import { SelectField } from '@/components/field';
import { useAuth } from '@/features/auth';
import { api, getErrorMessage } from '@/lib/api-client';
import { lazyAccountResolvers } from '@/lib/forms/account-resolvers';
import { showServerFieldErrors } from '@/lib/forms/show-server-field-errors';
import { useContractForm } from '@/lib/forms/use-contract-form';
import { deviceTimeZone, timeZoneChoices, timeZoneLabel } from '@/lib/time-zone';
import { SettingsSection } from './settings-section';

/**
 * The zone whose calendar day is the person's "today": the default date of a log, the latest date
 * one may have, and where streaks end (PATCH /users/me {timeZone}). When this device is set to
 * another zone, says so and offers it, for someone who has moved or is travelling.
 */
export function TimeZoneCard({ user }: { user: User }) {
  const { setUser } = useAuth();
  const form = useContractForm(lazyAccountResolvers.profile, { timeZone: user.timeZone });
  const chosen = form.watch('timeZone');
  const choices = useMemo(() => timeZoneChoices(user.timeZone), [user.timeZone]);
  const device = useMemo(deviceTimeZone, []);

  const handleSubmit = form.handleSubmit(async ({ timeZone }) => {
    try {
      const data = await api.patch('users/me', { json: { timeZone } }).json<UserResponse>();
      setUser(data.user);
      form.reset({ timeZone: data.user.timeZone });
      toast.success(`Your days now follow ${timeZoneLabel(data.user.timeZone)}.`);
    } catch (caught) {
      if (!showServerFieldErrors(form, caught)) {
        form.setError(
          'timeZone',
          { type: 'server', message: getErrorMessage(caught) },
          { shouldFocus: true },
        );
      }
    }
  });

  const deviceHint =
    device && device !== chosen ? (
      <>
        This device is set to {timeZoneLabel(device)}.{' '}
        <button
          type="button"
          className="font-medium text-brand-800 underline underline-offset-2 hover:text-brand-900"
          onClick={() => form.setValue('timeZone', device, { shouldDirty: true })}
        >
          Use {timeZoneLabel(device)}
        </button>
      </>
    ) : undefined;

  return (
    <SettingsSection
      id="time-zone"
      title="Time zone"
      description="Your day starts at midnight here: it decides which day a log is for and when a streak ends."
    >
      <form onSubmit={handleSubmit} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <div className="flex-1">
          <SelectField
            label="Time zone"
            hint={deviceHint}
            {...form.register('timeZone')}
            error={form.formState.errors.timeZone?.message}
          >
            {choices.map((zone) => (
              <option key={zone} value={zone}>
                {timeZoneLabel(zone)}
              </option>
            ))}
          </SelectField>
        </div>
        <Button
          type="submit"
          loading={form.formState.isSubmitting}
          disabled={chosen === user.timeZone}
          className="sm:mt-7"
        >
          Save time zone
        </Button>
      </form>
    </SettingsSection>
  );
}
