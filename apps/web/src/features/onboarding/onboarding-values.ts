import type { FieldErrors } from 'react-hook-form';
import type { HealthProfileValues } from '@/lib/health-profile-options';

/** The health profile, and the explicit consent to store it that the last step asks for. */
export interface OnboardingValues extends HealthProfileValues {
  healthDataConsent: boolean;
}

export const STEPS = ['Conditions', 'Goals', 'Your cycle', 'About you'] as const;

/** The fields each step asks for, in step order. */
export const STEP_FIELDS: Array<Array<keyof OnboardingValues>> = [
  ['conditions'],
  ['goals'],
  ['cycleLengthDays', 'lastPeriodStart', 'regularity'],
  ['ageRange', 'healthDataConsent'],
];

export const CONSENT_MESSAGE = 'We can only store your answers and logs with your consent';

/** The first step with a field in `errors`, to go back to it. */
export function firstStepWith(errors: FieldErrors<OnboardingValues>): number | undefined {
  const step = STEP_FIELDS.findIndex((fields) => fields.some((field) => errors[field]));
  return step === -1 ? undefined : step;
}
