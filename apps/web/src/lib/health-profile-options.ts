/**
 * The health profile: the answers onboarding asks for and Settings lets the person change, stored
 * as `user.onboardingData` by PATCH /users/me. Both pages ask the same questions with the same
 * options and rules, so they are defined once, here.
 */

export interface Option {
  value: string;
  label: string;
}

export const CONDITION_OPTIONS: Option[] = [
  { value: 'pcos', label: 'PCOS (polycystic ovary syndrome)' },
  { value: 'hypothyroidism', label: 'Hypothyroidism (underactive thyroid)' },
  { value: 'hyperthyroidism', label: 'Hyperthyroidism (overactive thyroid)' },
  { value: 'endometriosis', label: 'Endometriosis' },
  { value: 'perimenopause', label: 'Perimenopause' },
  { value: 'menopause', label: 'Menopause' },
  { value: 'pms', label: 'PMS (premenstrual syndrome)' },
  { value: 'pmdd', label: 'PMDD (premenstrual dysphoric disorder)' },
  { value: 'exploring', label: 'No diagnosis: I am trying to understand my symptoms' },
];

export const GOAL_OPTIONS: Option[] = [
  { value: 'understand-symptoms', label: 'Understand my symptoms and their patterns' },
  { value: 'track-cycle', label: 'Track my cycle' },
  { value: 'manage-pain', label: 'Manage pain' },
  { value: 'energy-sleep', label: 'Improve my energy and sleep' },
  { value: 'nutrition', label: 'Eat in a way that supports my hormones' },
  { value: 'doctor-visits', label: 'Prepare for doctor visits' },
  { value: 'community', label: 'Connect with people who understand' },
  { value: 'expert', label: 'Talk to an expert' },
];

export const REGULARITY_OPTIONS: Option[] = [
  { value: 'regular', label: 'Mostly regular' },
  { value: 'irregular', label: 'Irregular' },
  { value: 'not-sure', label: 'Not sure' },
  { value: 'no-periods', label: 'I do not have periods at the moment' },
];

export const AGE_RANGE_OPTIONS: Option[] = [
  { value: '18-24', label: '18–24' },
  { value: '25-34', label: '25–34' },
  { value: '35-44', label: '35–44' },
  { value: '45-54', label: '45–54' },
  { value: '55+', label: '55 or over' },
  { value: 'prefer-not-to-say', label: 'Prefer not to say' },
];

/** The label of `value` among `options`, or the value itself if no option has it any more. */
export function labelOf(options: Option[], value: string): string {
  return options.find((option) => option.value === value)?.label ?? value;
}

export const MIN_CYCLE_DAYS = 15;
export const MAX_CYCLE_DAYS = 60;

/** The answers as the fields hold them; an optional question left unanswered is ''. */
export interface HealthProfileValues {
  conditions: string[];
  goals: string[];
  cycleLengthDays: string;
  lastPeriodStart: string;
  regularity: string;
  ageRange: string;
}

/** The fields of the health profile, for a form that asks only some of them at a time. */
export const HEALTH_PROFILE_FIELDS = [
  'conditions',
  'goals',
  'cycleLengthDays',
  'lastPeriodStart',
  'regularity',
  'ageRange',
] as const satisfies ReadonlyArray<keyof HealthProfileValues>;

function readStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function readString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function readObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** The saved answers (`user.onboardingData`) as the fields' values; whatever is missing is empty. */
export function healthProfileValuesOf(saved: Record<string, unknown>): HealthProfileValues {
  const cycle = readObject(saved.cycle);
  return {
    conditions: readStrings(saved.conditions),
    goals: readStrings(saved.goals),
    cycleLengthDays: typeof cycle.typicalLengthDays === 'number' ? String(cycle.typicalLengthDays) : '',
    lastPeriodStart: readString(cycle.lastPeriodStart),
    regularity: readString(cycle.regularity),
    ageRange: readString(saved.ageRange),
  };
}

/**
 * Values kept in the browser (a draft) read back as the fields' values, whatever they hold now: a
 * value of the wrong shape becomes empty.
 */
export function healthProfileValuesFrom(kept: unknown): HealthProfileValues {
  const values = readObject(kept);
  return {
    conditions: readStrings(values.conditions),
    goals: readStrings(values.goals),
    cycleLengthDays: readString(values.cycleLengthDays),
    lastPeriodStart: readString(values.lastPeriodStart),
    regularity: readString(values.regularity),
    ageRange: readString(values.ageRange),
  };
}

/** The answers as `onboardingData` stores them; an optional question left unanswered is null. */
export function toHealthAnswers(values: HealthProfileValues) {
  const orNull = (value: string) => (value === '' ? null : value);
  return {
    conditions: values.conditions,
    goals: values.goals,
    cycle: {
      typicalLengthDays: values.cycleLengthDays === '' ? null : Number(values.cycleLengthDays),
      lastPeriodStart: orNull(values.lastPeriodStart),
      regularity: orNull(values.regularity),
    },
    ageRange: values.ageRange,
  };
}
