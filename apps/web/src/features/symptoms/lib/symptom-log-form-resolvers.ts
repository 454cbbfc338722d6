import { createSymptomLogBodySchema, updateSymptomLogBodySchema } from '@hormohelp/contracts';
import { z } from 'zod';
import { todayIsoDate } from '@/lib/format';
import { contractResolver } from '@/lib/forms/contract-resolver';

const { date: contractDate, notes: contractNotes } = createSymptomLogBodySchema.shape;

/**
 * The day of a new log: always chosen, and no later than the person's own today. The API only refuses
 * a date that is the future everywhere on earth; the form holds to the calendar the person sees.
 */
const chosenDay = z
  .string()
  .min(1)
  .pipe(contractDate.unwrap())
  .refine((date) => date <= todayIsoDate(), 'You can only log today or an earlier day');

/**
 * The body of POST /api/symptoms as the form holds it: every field of the contract's body, the ones
 * it leaves optional filled in (the form always has a date and notes, if empty).
 */
const newLogSchema = createSymptomLogBodySchema.extend({ date: chosenDay, notes: contractNotes.unwrap() });

/**
 * The body of PATCH /api/symptoms/:id as the form holds it: the contract's fields, all of them, and
 * the log's date, which is shown but never sent (a log stays on its day).
 */
const editLogSchema = updateSymptomLogBodySchema.required().extend({ date: z.string() });

export const newLogResolver = contractResolver(newLogSchema, { date: 'Choose the day you are logging' });
export const editLogResolver = contractResolver(editLogSchema);
