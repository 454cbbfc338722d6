import type { User, UserResponse } from '@hormohelp/contracts';
import { type RefObject, useEffect, useRef, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import toast from 'react-hot-toast';
import { Button } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import {
  AgeRangeField,
  ConditionsField,
  CycleFields,
  GoalsField,
  HEALTH_PROFILE_QUESTIONS,
} from '@/components/health-profile-fields';
import { useAuth } from '@/features/auth';
import { api, getErrorCode, getErrorMessage } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { lazyResolver } from '@/lib/forms/lazy-resolver';
import { showServerFieldErrors } from '@/lib/forms/show-server-field-errors';
import { useContractForm } from '@/lib/forms/use-contract-form';
import {
  AGE_RANGE_OPTIONS,
  CONDITION_OPTIONS,
  GOAL_OPTIONS,
  type HealthProfileValues,
  healthProfileValuesOf,
  labelOf,
  REGULARITY_OPTIONS,
} from '@/lib/health-profile-options';
import { SettingsSection } from './settings-section';

// Checked by zod, loaded with the contract in a chunk of its own after the page has rendered.
const healthProfileResolver = lazyResolver(() =>
  import('../lib/health-profile-resolver').then((module) => module.healthProfileResolver),
);

const NOT_ANSWERED = 'Not answered';
const CONSENT_NEEDED =
  'Your answers are health data: give consent under “Health data consent” to change them.';

/**
 * The onboarding answers (`user.onboardingData`), shown and changed with onboarding's own fields and
 * rules, saved by PATCH /users/me into the session's user. The API stores answers only with consent,
 * so without it they can be read here, not changed.
 */
export function HealthProfileCard({ user }: { user: User }) {
  const [isEditing, setIsEditing] = useState(false);
  const openerRef = useRef<HTMLButtonElement>(null);
  useFocusBackOnClose(isEditing, openerRef);

  return (
    <SettingsSection
      id="health-profile"
      title="Your health profile"
      description="What you told us when you set up HormoHelp, so your dashboard and articles fit you. Only you can see it."
    >
      {isEditing ? (
        <HealthProfileForm user={user} onClose={() => setIsEditing(false)} />
      ) : (
        <>
          <HealthProfileSummary values={healthProfileValuesOf(user.onboardingData)} />
          {user.healthDataConsent ? (
            <Button ref={openerRef} variant="secondary" className="mt-4" onClick={() => setIsEditing(true)}>
              Change answers
            </Button>
          ) : (
            <p className="mt-4 text-sm text-stone-700">{CONSENT_NEEDED}</p>
          )}
        </>
      )}
    </SettingsSection>
  );
}

/** Closing the form gives the focus back to the button that opened it. */
function useFocusBackOnClose(isOpen: boolean, openerRef: RefObject<HTMLButtonElement>) {
  const wasOpen = useRef(false);
  useEffect(() => {
    if (!isOpen && wasOpen.current) openerRef.current?.focus();
    wasOpen.current = isOpen;
  }, [isOpen, openerRef]);
}

function describeAnswers(values: HealthProfileValues): Array<[string, string]> {
  const list = (options: typeof CONDITION_OPTIONS, chosen: string[]) =>
    chosen.map((value) => labelOf(options, value)).join(', ') || NOT_ANSWERED;
  const one = (options: typeof CONDITION_OPTIONS, chosen: string) =>
    chosen ? labelOf(options, chosen) : NOT_ANSWERED;
  return [
    ['Conditions', list(CONDITION_OPTIONS, values.conditions)],
    ['Goals', list(GOAL_OPTIONS, values.goals)],
    ['Typical cycle length', values.cycleLengthDays ? `${values.cycleLengthDays} days` : NOT_ANSWERED],
    ['Last period started', values.lastPeriodStart ? formatDate(values.lastPeriodStart) : NOT_ANSWERED],
    ['Cycle regularity', one(REGULARITY_OPTIONS, values.regularity)],
    ['Age range', one(AGE_RANGE_OPTIONS, values.ageRange)],
  ];
}

function HealthProfileSummary({ values }: { values: HealthProfileValues }) {
  return (
    <dl className="divide-y divide-stone-200 rounded-xl border border-stone-200">
      {describeAnswers(values).map(([term, value]) => (
        <div key={term} className="grid gap-1 px-4 py-3 sm:grid-cols-[12rem_1fr]">
          <dt className="text-sm text-stone-600">{term}</dt>
          <dd className="text-sm font-medium text-stone-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function HealthProfileForm({ user, onClose }: { user: User; onClose: () => void }) {
  const { setUser } = useAuth();
  const form = useContractForm(healthProfileResolver, healthProfileValuesOf(user.onboardingData));
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => form.setFocus('conditions'), [form]);

  const handleSubmit = form.handleSubmit(async ({ onboardingData: answers }) => {
    setFormError(null);
    try {
      // PATCH replaces the whole of `onboardingData`: what the form does not ask (completedAt) stays.
      const onboardingData = { ...user.onboardingData, ...answers };
      const data = await api.patch('users/me', { json: { onboardingData } }).json<UserResponse>();
      setUser(data.user);
      toast.success('Your health profile is saved.');
      onClose();
    } catch (error) {
      if (getErrorCode(error) === 'consent_required') setFormError(CONSENT_NEEDED);
      else if (!showServerFieldErrors(form, error)) setFormError(getErrorMessage(error));
    }
  });

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={handleSubmit} className="space-y-8">
        <ConditionsField />
        <GoalsField />
        <fieldset className="min-w-0">
          <legend className="text-base font-semibold text-stone-900">{HEALTH_PROFILE_QUESTIONS.cycle}</legend>
          <div className="mt-4">
            <CycleFields />
          </div>
        </fieldset>
        <AgeRangeField />
        {formError && <FormAlert>{formError}</FormAlert>}
        <div className="flex flex-wrap gap-3">
          <Button type="submit" loading={form.formState.isSubmitting}>
            Save answers
          </Button>
          <Button variant="ghost" onClick={onClose} disabled={form.formState.isSubmitting}>
            Cancel
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
