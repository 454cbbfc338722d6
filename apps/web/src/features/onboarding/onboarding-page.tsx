import type { UserResponse } from '@hormohelp/contracts';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button } from '@/components/button';
import { Logo } from '@/components/logo';
import { useAuth } from '@/features/auth';
import { api, getErrorMessage } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/use-document-title';
import { ChoiceGroup } from './components/choice-group';
import { ConsentCheckbox } from './components/consent-checkbox';
import { CycleStep } from './components/cycle-step';
import { StepProgress } from './components/step-progress';
import { AGE_RANGE_OPTIONS, CONDITION_OPTIONS, GOAL_OPTIONS } from './onboarding-options';
import {
  initialValues,
  type OnboardingValues,
  STEPS,
  toOnboardingData,
  validateStep,
} from './onboarding-values';

const headings = [
  'Which of these are you living with?',
  'What would you like HormoHelp to help with?',
  'A few cycle basics',
  'How old are you?',
];

export default function OnboardingPage() {
  useDocumentTitle('Set up your profile');
  const { user, setUser } = useAuth();
  const navigate = useNavigate();
  const [step, setStep] = useState(0);
  const [values, setValues] = useState<OnboardingValues>(() => initialValues(user?.onboardingData ?? {}));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const isFirstRender = useRef(true);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new step is the reason to move focus
  useEffect(() => {
    // Moving to another step moves focus to its question, so screen readers announce it.
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  const update = (patch: Partial<OnboardingValues>) => setValues((current) => ({ ...current, ...patch }));
  const isLastStep = step === STEPS.length - 1;

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const stepErrors = validateStep(step, values);
    setErrors(stepErrors);
    if (Object.keys(stepErrors).length > 0) return;
    if (!isLastStep) return setStep(step + 1);
    setIsSaving(true);
    setSaveError(null);
    try {
      const { data } = await api.patch<UserResponse>('/users/me', {
        healthDataConsent: true,
        onboardingData: toOnboardingData(values),
      });
      setUser(data.user);
      navigate('/dashboard', { replace: true });
    } catch (error) {
      setSaveError(getErrorMessage(error));
      setIsSaving(false);
    }
  }

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
            {headings[step]}
          </h2>
          <div className="mt-5">
            {step === 0 && (
              <ChoiceGroup
                legend="Conditions"
                hideLegend
                hint="Choose all that apply, diagnosed or suspected."
                name="conditions"
                options={CONDITION_OPTIONS}
                multiple
                selected={values.conditions}
                onChange={(conditions) => update({ conditions })}
                error={errors.conditions}
              />
            )}
            {step === 1 && (
              <ChoiceGroup
                legend="Goals"
                hideLegend
                hint="Choose as many as you like."
                name="goals"
                options={GOAL_OPTIONS}
                multiple
                selected={values.goals}
                onChange={(goals) => update({ goals })}
                error={errors.goals}
              />
            )}
            {step === 2 && <CycleStep values={values} errors={errors} onChange={update} />}
            {step === 3 && (
              <ChoiceGroup
                legend="Age range"
                hideLegend
                hint="Symptoms and what is typical change with age. HormoHelp is for adults (18+)."
                name="ageRange"
                options={AGE_RANGE_OPTIONS}
                multiple={false}
                selected={values.ageRange ? [values.ageRange] : []}
                onChange={([ageRange]) => update({ ageRange: ageRange ?? '' })}
                error={errors.ageRange}
              />
            )}
            {step === 3 && (
              <div className="mt-6">
                <ConsentCheckbox
                  checked={values.healthDataConsent}
                  onChange={(healthDataConsent) => update({ healthDataConsent })}
                  error={errors.healthDataConsent}
                />
              </div>
            )}
          </div>
          {saveError && (
            <p
              role="alert"
              className="mt-5 rounded-lg border border-red-200 bg-red-50 px-3 py-2.5 text-sm text-red-800"
            >
              {saveError}
            </p>
          )}
          <div className="mt-8 flex items-center justify-between gap-3 border-t border-stone-200 pt-5">
            <Button variant="ghost" onClick={() => setStep(step - 1)} disabled={step === 0 || isSaving}>
              Back
            </Button>
            <Button type="submit" loading={isSaving}>
              {isLastStep ? 'Finish' : 'Next'}
            </Button>
          </div>
        </form>
      </main>
    </div>
  );
}
