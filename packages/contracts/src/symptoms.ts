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

export const createSymptomLogBodySchema = z.object({
  date: isoDateSchema.optional(),
  symptoms: z.array(symptomNameSchema).max(30),
  notes: z.string().max(2000).optional(),
  severity: scoreSchema,
  mood: scoreSchema,
  energy: scoreSchema,
  sleep: scoreSchema,
});
export type CreateSymptomLogBody = z.infer<typeof createSymptomLogBodySchema>;

export const symptomListQuerySchema = listQuerySchema.extend({
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});
export const symptomListSchema = listOf(symptomLogSchema);
export type SymptomList = z.infer<typeof symptomListSchema>;

export const symptomStatsQuerySchema = z.object({
  days: z.coerce.number().int().min(7).max(365).default(30),
});

const averageSchema = z.number().nullable();
export const symptomStatsSchema = z.object({
  days: z.int(),
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
