import type { User, UserResponse } from '@hormohelp/contracts';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { FormProvider, type UseFormReturn } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import { Button } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import {
  AgeRangeField,
  ConditionsField,
  CycleFields,
  GoalsField,
  HEALTH_PROFILE_QUESTIONS,
} from '@/components/health-profile-fields';
import { Logo } from '@/components/logo';
import { useAuth } from '@/features/auth';
import { api, getErrorMessage } from '@/lib/api-client';
import { useContractForm } from '@/lib/forms/use-contract-form';
import { healthProfileValuesOf } from '@/lib/health-profile-options';
import { timeZoneToAdopt } from '@/lib/time-zone';
import { useDocumentTitle } from '@/lib/use-document-title';
import { ConsentCheckbox } from './components/consent-checkbox';
import { StepProgress } from './components/step-progress';
import { clearOnboardingDraft, keepOnboardingDraft, readOnboardingDraft } from './onboarding-draft';
import { onboardingResolver } from './onboarding-resolver';
import { firstStepWith, type OnboardingValues, STEP_FIELDS, STEPS } from './onboarding-values';

const HEADINGS = [
  HEALTH_PROFILE_QUESTIONS.conditions,
  HEALTH_PROFILE_QUESTIONS.goals,
  HEALTH_PROFILE_QUESTIONS.cycle,
  HEALTH_PROFILE_QUESTIONS.ageRange,
];

export default function OnboardingPage() {
  useDocumentTitle('Set up your profile');
  const { user } = useAuth();
  return (
    <div className="min-h-screen bg-gradient-to-b from-brand-50 to-stone-50">
      <header className="mx-auto max-w-3xl px-4 py-5 sm:px-6">
        <Logo to="/dashboard" />
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 pb-16 focus:outline-none sm:px-6">
        <h1 className="text-2xl font-semibold tracking-tight text-stone-900 sm:text-3xl">
          Welcome{user ? `, ${user.name.split(' ')[0]}` : ''}. Let us set things up.
        </h1>
        <p className="mt-2 text-stone-700">
          Four short questions, so your dashboard and articles fit you. Only you can see your answers.
        </p>
        {/* The route waits for the session; the draft and the saved answers are the person's own. */}
        {user ? <OnboardingForm user={user} /> : null}
      </main>
    </div>
  );
}

/** The answers to start from: this tab's draft for the person, else what they saved before. */
function startingPoint(user: User): { step: number; values: OnboardingValues } {
  const draft = readOnboardingDraft(user.id);
  const values = draft?.values ?? healthProfileValuesOf(user.onboardingData);
  return { step: draft?.step ?? 0, values: { ...values, healthDataConsent: false } };
}

/** Keeps the draft as the person answers; each step change is kept by whoever changes the step. */
function useKeptDraft(form: UseFormReturn<OnboardingValues, unknown, unknown>, userId: string, step: number) {
  useEffect(() => {
    const subscription = form.watch((values) => keepOnboardingDraft(userId, step, values));
    return () => subscription.unsubscribe();
  }, [form, userId, step]);
}

function OnboardingForm({ user }: { user: User }) {
  const { setUser } = useAuth();
  const navigate = useNavigate();
  const [start] = useState(() => startingPoint(user));
  const [step, setStep] = useState(start.step);
  const form = useContractForm(onboardingResolver, start.values);
  const { errors, isSubmitting } = form.formState;
  const [saveError, setSaveError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const isFirstRender = useRef(true);
  const isLastStep = step === STEPS.length - 1;
  useKeptDraft(form, user.id, step);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new step is the reason to move focus
  useEffect(() => {
    // Moving to another step moves focus to its question, so screen readers announce it.
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  function goTo(next: number) {
    keepOnboardingDraft(user.id, next, form.getValues());
    setStep(next);
  }

  async function goNext() {
    if (await form.trigger(STEP_FIELDS[step], { shouldFocus: true })) goTo(step + 1);
  }

  const save = form.handleSubmit(
    async (body) => {
      setSaveError(null);
      try {
        // An account made before signup asked for the zone takes this device's now.
        const json = { ...body, timeZone: timeZoneToAdopt(user.timeZone) };
        const data = await api.patch('users/me', { json }).json<UserResponse>();
        clearOnboardingDraft();
        setUser(data.user);
        navigate('/dashboard', { replace: true });
      } catch (error) {
        setSaveError(getErrorMessage(error));
      }
    },
    // Only a draft kept from an earlier visit can hold a problem on a step already left.
    (invalid) => setStep(firstStepWith(invalid) ?? step),
  );

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    void (isLastStep ? save() : goNext());
  }

  return (
    <FormProvider {...form}>
      <form
        noValidate
        onSubmit={handleSubmit}
        className="mt-6 rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-8"
      >
        <StepProgress steps={STEPS} current={step} />
        <p className="mt-6 text-sm font-medium text-plum-700" aria-live="polite">
          Step {step + 1} of {STEPS.length}
        </p>
        <h2
          ref={headingRef}
          tabIndex={-1}
          className="mt-1 text-xl font-semibold text-stone-900 focus:outline-none"
        >
          {HEADINGS[step]}
        </h2>
        <div className="mt-5">
          {step === 0 && <ConditionsField legend="Conditions" hideLegend />}
          {step === 1 && <GoalsField legend="Goals" hideLegend />}
          {step === 2 && (
            <div className="space-y-6">
              <p className="text-sm text-stone-600">
                These help us put your logs in context. Skip any you do not know; you can change them later in
                Settings.
              </p>
              <CycleFields />
            </div>
          )}
          {step === 3 && (
            <>
              <AgeRangeField legend="Age range" hideLegend />
              <div className="mt-6">
                <ConsentCheckbox
                  {...form.register('healthDataConsent')}
                  error={errors.healthDataConsent?.message}
                />
              </div>
            </>
          )}
        </div>
        {saveError && (
          <div className="mt-5">
            <FormAlert>{saveError}</FormAlert>
          </div>
        )}
        <div className="mt-8 flex items-center justify-between gap-3 border-t border-stone-200 pt-5">
          <Button variant="ghost" onClick={() => goTo(step - 1)} disabled={step === 0 || isSubmitting}>
            Back
          </Button>
          <Button type="submit" loading={isSubmitting}>
            {isLastStep ? 'Finish' : 'Next'}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
