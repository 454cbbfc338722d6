import type { CreateSymptomLogBody } from '@hormohelp/contracts';

export const SCORE_FIELDS = ['severity', 'mood', 'energy', 'sleep'] as const;
export type ScoreField = (typeof SCORE_FIELDS)[number];

export const MAX_SYMPTOMS = 30;
export const MAX_SYMPTOM_LENGTH = 60;
export const MAX_NOTES_LENGTH = 2000;

export interface SymptomLogValues {
  date: string;
  symptoms: string[];
  notes: string;
  severity: number;
  mood: number;
  energy: number;
  sleep: number;
}

export type SymptomLogErrors = Partial<Record<'date' | 'symptoms' | 'notes' | ScoreField, string>>;

export function emptySymptomLog(today: string): SymptomLogValues {
  return { date: today, symptoms: [], notes: '', severity: 5, mood: 5, energy: 5, sleep: 5 };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** The checks the API makes too, run first so the person gets the message without a round trip. */
export function validateSymptomLog(values: SymptomLogValues, today: string): SymptomLogErrors {
  const errors: SymptomLogErrors = {};
  if (!values.date) errors.date = 'Choose the day you are logging';
  else if (!isRealDate(values.date)) errors.date = 'Enter a real date';
  else if (values.date > today) errors.date = 'You can only log today or an earlier day';
  if (values.symptoms.length > MAX_SYMPTOMS) errors.symptoms = `Choose at most ${MAX_SYMPTOMS} symptoms`;
  if (values.notes.length > MAX_NOTES_LENGTH) {
    errors.notes = `Keep notes under ${MAX_NOTES_LENGTH} characters`;
  }
  for (const field of SCORE_FIELDS) {
    const score = values[field];
    if (!Number.isInteger(score) || score < 1 || score > 10)
      errors[field] = 'Choose a whole number from 1 to 10';
  }
  return errors;
}

export function toCreateSymptomLogBody(values: SymptomLogValues): CreateSymptomLogBody {
  return {
    date: values.date,
    symptoms: values.symptoms,
    notes: values.notes.trim(),
    severity: values.severity,
    mood: values.mood,
    energy: values.energy,
    sleep: values.sleep,
  };
}

/** The API reports array items as `symptoms.3`; the form shows them beside the whole field. */
export function toFormErrors(fields: Record<string, string>): SymptomLogErrors {
  const errors: SymptomLogErrors = {};
  for (const [path, message] of Object.entries(fields)) {
    const field = path.split('.')[0] as keyof SymptomLogErrors;
    if (['date', 'symptoms', 'notes', ...SCORE_FIELDS].includes(field) && !errors[field])
      errors[field] = message;
  }
  return errors;
}
