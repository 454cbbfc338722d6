import { todayIsoDate } from '@/lib/format';

export interface OnboardingValues {
  conditions: string[];
  goals: string[];
  cycleLengthDays: string;
  lastPeriodStart: string;
  regularity: string;
  ageRange: string;
  healthDataConsent: boolean;
}

export const STEPS = ['Conditions', 'Goals', 'Your cycle', 'About you'] as const;

export const MIN_CYCLE_DAYS = 15;
export const MAX_CYCLE_DAYS = 60;

function readStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Earlier answers (if the person comes back to onboarding) become the starting values. */
export function initialValues(saved: Record<string, unknown>): OnboardingValues {
  const cycle = (typeof saved.cycle === 'object' && saved.cycle !== null ? saved.cycle : {}) as Record<
    string,
    unknown
  >;
  return {
    conditions: readStrings(saved.conditions),
    goals: readStrings(saved.goals),
    cycleLengthDays: typeof cycle.typicalLengthDays === 'number' ? String(cycle.typicalLengthDays) : '',
    lastPeriodStart: typeof cycle.lastPeriodStart === 'string' ? cycle.lastPeriodStart : '',
    regularity: typeof cycle.regularity === 'string' ? cycle.regularity : '',
    ageRange: typeof saved.ageRange === 'string' ? saved.ageRange : '',
    healthDataConsent: false,
  };
}

/** The problems of one step, by field; an empty object means the step can be left. */
export function validateStep(step: number, values: OnboardingValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (step === 0 && values.conditions.length === 0) errors.conditions = 'Choose at least one option';
  if (step === 1 && values.goals.length === 0) errors.goals = 'Choose at least one goal';
  if (step === 2) {
    if (values.cycleLengthDays !== '') {
      const days = Number(values.cycleLengthDays);
      if (!Number.isInteger(days) || days < MIN_CYCLE_DAYS || days > MAX_CYCLE_DAYS) {
        errors.cycleLengthDays = `Enter a whole number of days between ${MIN_CYCLE_DAYS} and ${MAX_CYCLE_DAYS}, or leave it empty`;
      }
    }
    if (values.lastPeriodStart !== '' && values.lastPeriodStart > todayIsoDate()) {
      errors.lastPeriodStart = 'This date is in the future';
    }
    if (!values.regularity) errors.regularity = 'Choose the answer that fits best';
  }
  if (step === 3) {
    if (!values.ageRange) errors.ageRange = 'Choose an age range';
    if (!values.healthDataConsent) {
      errors.healthDataConsent = 'We can only store your answers and logs with your consent';
    }
  }
  return errors;
}

/** What PATCH /users/me stores as `onboardingData`; `completedAt` marks onboarding as done. */
export function toOnboardingData(values: OnboardingValues, completedAt: Date = new Date()) {
  return {
    conditions: values.conditions,
    goals: values.goals,
    cycle: {
      typicalLengthDays: values.cycleLengthDays === '' ? null : Number(values.cycleLengthDays),
      lastPeriodStart: values.lastPeriodStart === '' ? null : values.lastPeriodStart,
      regularity: values.regularity,
    },
    ageRange: values.ageRange,
    completedAt: completedAt.toISOString(),
  };
}
