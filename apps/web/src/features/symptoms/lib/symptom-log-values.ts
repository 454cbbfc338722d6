import type { CreateSymptomLogBody, SymptomLog, UpdateSymptomLogBody } from '@hormohelp/contracts';

export const SCORE_FIELDS = ['severity', 'mood', 'energy', 'sleep'] as const;
export type ScoreField = (typeof SCORE_FIELDS)[number];

/** What the log form holds: every field of a day's log, as the person sets them. */
export interface SymptomLogValues {
  date: string;
  symptoms: string[];
  notes: string;
  severity: number;
  mood: number;
  energy: number;
  sleep: number;
}

/** A fresh form for `date`: nothing ticked, every score in the middle. */
export function emptySymptomLog(date: string): SymptomLogValues {
  return { date, symptoms: [], notes: '', severity: 5, mood: 5, energy: 5, sleep: 5 };
}

/** A saved log in the form, to change it. */
export function valuesOfLog(log: SymptomLog): SymptomLogValues {
  const { date, symptoms, notes, severity, mood, energy, sleep } = log;
  return { date, symptoms, notes, severity, mood, energy, sleep };
}

/** Notes are kept as typed, without the blank lines and spaces around them. */
function trimNotes<Body extends { notes?: string | undefined }>(body: Body): Body {
  return body.notes === undefined ? body : { ...body, notes: body.notes.trim() };
}

export function toCreateBody(values: CreateSymptomLogBody): CreateSymptomLogBody {
  return trimNotes(values);
}

/** An edit's fields; the date stays out, since a log stays on its day. */
export function toUpdateBody({
  date: _date,
  ...fields
}: UpdateSymptomLogBody & { date?: string }): UpdateSymptomLogBody {
  return trimNotes(fields);
}

/** Shown beside the notes as they grow; the contract's schema is what refuses longer notes. */
export const NOTES_LENGTH_SHOWN = 2000;
