import { z } from 'zod';
import { onboardingDataSchema, userSchema } from './auth';
import { isoDateSchema, timestampSchema, uuidSchema } from './common';
import { bookingSchema } from './consultations';
import { PASSWORD_MAX_LENGTH } from './limits';
import { orderSchema } from './shop';
import { symptomLogSchema } from './symptoms';

/**
 * The version of the health-data policy (docs/privacy.md) a consent is given to. Raise it when the
 * policy changes what is stored or why; a consent given to an older version is shown in the export
 * with the version it was given to.
 */
export const HEALTH_DATA_POLICY_VERSION = '2026-11-01';

// ── Consent ─────────────────────────────────────────────────────────────────────────────────────
export const consentSchema = z.object({
  healthData: z.boolean(),
  /** When consent was given; null when it never was or was withdrawn. */
  givenAt: timestampSchema.nullable(),
  /** The policy version it was given to. */
  policyVersion: z.string().nullable(),
});
export type Consent = z.infer<typeof consentSchema>;

/** One change of consent: given to a policy version, or withdrawn (policyVersion null). */
export const consentEventSchema = z.object({
  granted: z.boolean(),
  policyVersion: z.string().nullable(),
  at: timestampSchema,
});

// ── Deleting health data (DELETE /users/me/health-data) ─────────────────────────────────────────────
export const deleteHealthDataResponseSchema = z.object({
  /** The user afterwards: onboarding answers gone (only `completedAt` kept). */
  user: userSchema,
  /** How much was deleted: symptom logs, and bookings whose notes were emptied. */
  deleted: z.object({ symptomLogs: z.int(), bookingNotes: z.int() }),
});
export type DeleteHealthDataResponse = z.infer<typeof deleteHealthDataResponseSchema>;

// ── Sessions (GET/DELETE /auth/sessions) ─────────────────────────────────────────────────────────
export const sessionSchema = z.object({
  /** The login (refresh-token family) this session is; stable across refreshes. */
  id: uuidSchema,
  createdAt: timestampSchema,
  lastUsedAt: timestampSchema,
  userAgent: z.string().nullable(),
  /** The session of the refresh cookie sent with this request. */
  current: z.boolean(),
});
export type ActiveSession = z.infer<typeof sessionSchema>;
export const sessionListSchema = z.object({ items: z.array(sessionSchema) });
export type SessionList = z.infer<typeof sessionListSchema>;

/**
 * One login as the export shows it: every refresh-token family still stored, live or ended (never a
 * token or its hash).
 */
export const exportedSessionSchema = sessionSchema.omit({ current: true }).extend({
  /** When its newest refresh token expires, or expired. */
  expiresAt: timestampSchema,
  /** When it was ended (logout, ended in Settings, a replayed token); null while it has not been. */
  endedAt: timestampSchema.nullable(),
});

// ── Export (GET /users/me/export) ────────────────────────────────────────────────────────────────
export const exportQuerySchema = z.object({ format: z.enum(['json', 'csv']).default('json') });

/** The header row of GET /users/me/export?format=csv, one row a log after it. */
export const SYMPTOM_CSV_COLUMNS = [
  'date',
  'severity',
  'mood',
  'energy',
  'sleep',
  'symptoms',
  'notes',
  'createdAt',
] as const;

export const exportDocumentSchema = z.object({
  exportedAt: timestampSchema,
  profile: z.object({
    id: uuidSchema,
    email: z.string(),
    name: z.string(),
    emailVerified: z.boolean(),
    createdAt: timestampSchema,
  }),
  onboardingData: onboardingDataSchema,
  consent: consentSchema,
  /** Every time consent was given or withdrawn, oldest first. */
  consentHistory: z.array(consentEventSchema),
  /** Oldest date first. */
  symptomLogs: z.array(symptomLogSchema),
  posts: z.array(
    z.object({
      id: uuidSchema,
      title: z.string(),
      body: z.string(),
      category: z.string(),
      createdAt: timestampSchema,
    }),
  ),
  comments: z.array(
    z.object({ id: uuidSchema, postId: uuidSchema, body: z.string(), createdAt: timestampSchema }),
  ),
  /** The posts you liked. */
  likes: z.array(z.object({ postId: uuidSchema, createdAt: timestampSchema })),
  bookings: z.array(bookingSchema),
  cart: z.array(
    z.object({
      id: uuidSchema,
      productId: z.int(),
      productName: z.string(),
      quantity: z.int(),
      createdAt: timestampSchema,
    }),
  ),
  orders: z.array(orderSchema),
  /** Every login still stored, oldest first. */
  sessions: z.array(exportedSessionSchema),
});
export type ExportDocument = z.infer<typeof exportDocumentSchema>;

// ── Erasure (DELETE /auth/account) ───────────────────────────────────────────────────────────────
export const deleteAccountBodySchema = z.object({
  password: z.string().min(1, 'Enter your password').max(PASSWORD_MAX_LENGTH),
});

// ── Insights (GET /api/symptoms/insights) ────────────────────────────────────────────────────────
export const INSIGHTS_MIN_DAYS = 14;
/** |r| from which a link is called moderate, and strong. */
export const INSIGHT_THRESHOLDS = { moderate: 0.3, strong: 0.5 } as const;
export const INSIGHT_FACTORS = ['sleep', 'energy', 'mood'] as const;

export const insightFactorSchema = z.object({
  factor: z.enum(INSIGHT_FACTORS),
  /** Pearson's r between the factor and severity over daily averages, 2 decimals; null without variation. */
  correlation: z.number().min(-1).max(1).nullable(),
  strength: z.enum(['none', 'moderate', 'strong']),
  /** How severity moved when the factor was better (higher); null when there is no clear link. */
  direction: z.enum(['milder', 'more_severe']).nullable(),
  /** Days with both the factor and severity logged. */
  days: z.int(),
  sentence: z.string(),
});
export type InsightFactor = z.infer<typeof insightFactorSchema>;

export const symptomInsightsSchema = z.discriminatedUnion('available', [
  z.object({
    available: z.literal(true),
    daysLogged: z.int(),
    daysNeeded: z.literal(INSIGHTS_MIN_DAYS),
    from: isoDateSchema,
    to: isoDateSchema,
    factors: z.array(insightFactorSchema),
    /** Always shown with the factors: a correlation says what moves together, not why. */
    caveat: z.string(),
  }),
  z.object({
    available: z.literal(false),
    daysLogged: z.int(),
    daysNeeded: z.literal(INSIGHTS_MIN_DAYS),
  }),
]);
export type SymptomInsights = z.infer<typeof symptomInsightsSchema>;
