import { z } from 'zod';
import { isoDateSchema, listOf, listQuerySchema, scoreSchema, timestampSchema, uuidSchema } from './common';

export const symptomNameSchema = z.string().trim().min(1).max(60);

export const symptomLogSchema = z.object({
  id: uuidSchema,
  date: isoDateSchema,
  symptoms: z.array(z.string()),
  notes: z.string(),
  severity: scoreSchema,
  mood: scoreSchema,
  energy: scoreSchema,
  sleep: scoreSchema,
  createdAt: timestampSchema,
});
export type SymptomLog = z.infer<typeof symptomLogSchema>;

const symptomLogFields = {
  symptoms: z.array(symptomNameSchema).max(30),
  notes: z.string().max(2000),
  severity: scoreSchema,
  mood: scoreSchema,
  energy: scoreSchema,
  sleep: scoreSchema,
};

/** A day's log: one per person and calendar day, so saving a day that has one replaces it. */
export const createSymptomLogBodySchema = z.object({
  date: isoDateSchema.optional(),
  ...symptomLogFields,
  notes: symptomLogFields.notes.optional(),
});
export type CreateSymptomLogBody = z.infer<typeof createSymptomLogBodySchema>;

/** The fields of a log to change, any of them; the others keep their values. A log stays on its day. */
export const updateSymptomLogBodySchema = z.object(symptomLogFields).partial();
export type UpdateSymptomLogBody = z.infer<typeof updateSymptomLogBodySchema>;

export const symptomListQuerySchema = listQuerySchema.extend({
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});
export const symptomListSchema = listOf(symptomLogSchema);
export type SymptomList = z.infer<typeof symptomListSchema>;

export const symptomStatsQuerySchema = z.object({
  days: z.coerce.number().int().min(7).max(365).default(30),
});
export type SymptomStatsQuery = z.infer<typeof symptomStatsQuerySchema>;

const averageSchema = z.number().nullable();
export const symptomStatsSchema = z.object({
  days: z.int(),
  /** The person's today, in the time zone of their account: the last day of the window and of the current streak. */
  today: isoDateSchema,
  totalLogs: z.int(),
  currentStreak: z.int(),
  longestStreak: z.int(),
  averages: z.object({
    severity: averageSchema,
    mood: averageSchema,
    energy: averageSchema,
    sleep: averageSchema,
  }),
  topSymptoms: z.array(z.object({ symptom: z.string(), count: z.int() })),
  series: z.array(
    z.object({
      date: isoDateSchema,
      severity: averageSchema,
      mood: averageSchema,
      energy: averageSchema,
      sleep: averageSchema,
    }),
  ),
});
export type SymptomStats = z.infer<typeof symptomStatsSchema>;
