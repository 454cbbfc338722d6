import { z } from 'zod';
import { isoDateSchema, messageSchema, timestampSchema, timeZoneSchema, uuidSchema } from './common';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './limits';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'Enter a valid email address' }));

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters`);

export const nameSchema = z.string().trim().min(1, 'Enter your name').max(100);

export const onboardingDataSchema = z.record(z.string(), z.unknown());

/**
 * Onboarding answers as a person sends them: free-form, except the first day of the last period,
 * a calendar date like any other of the contract (null when the person does not know it).
 */
export const onboardingAnswersSchema = z.looseObject({
  cycle: z.looseObject({ lastPeriodStart: isoDateSchema.nullable().optional() }).optional(),
});

export const userSchema = z.object({
  id: uuidSchema,
  email: z.string(),
  name: z.string(),
  emailVerified: z.boolean(),
  onboardingData: onboardingDataSchema,
  /** The IANA zone of the person's own calendar day: every "today" of the product is the date there. */
  timeZone: z.string(),
  /** Whether the person has consented to storing health data; see privacy.ts. */
  healthDataConsent: z.boolean(),
  createdAt: timestampSchema,
});
export type User = z.infer<typeof userSchema>;

export const signupBodySchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  name: nameSchema,
  /** The browser's zone; UTC when not sent. */
  timeZone: timeZoneSchema.optional(),
});
export const loginBodySchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});
export const emailBodySchema = z.object({ email: emailSchema });
export const tokenBodySchema = z.object({ token: z.string().min(1).max(256) });
export const resetPasswordBodySchema = z.object({
  token: z.string().min(1).max(256),
  password: passwordSchema,
});

export const sessionResponseSchema = z.object({ accessToken: z.string(), user: userSchema });
export type SessionResponse = z.infer<typeof sessionResponseSchema>;
export const userResponseSchema = z.object({ user: userSchema });
export type UserResponse = z.infer<typeof userResponseSchema>;
export { messageSchema as messageResponseSchema };
export type MessageResponse = z.infer<typeof messageSchema>;

/** Claims of the RS256 access token the auth service issues. */
export const accessTokenClaimsSchema = z.object({
  sub: uuidSchema,
  email: z.string(),
  emailVerified: z.boolean(),
  iat: z.number(),
  exp: z.number(),
  iss: z.literal('hormohelp-auth'),
  aud: z.literal('hormohelp'),
});
export type AccessTokenClaims = z.infer<typeof accessTokenClaimsSchema>;
export const TOKEN_ISSUER = 'hormohelp-auth';
export const TOKEN_AUDIENCE = 'hormohelp';

export const updateMeBodySchema = z
  .object({
    name: nameSchema.optional(),
    onboardingData: onboardingAnswersSchema.optional(),
    timeZone: timeZoneSchema.optional(),
    healthDataConsent: z
      .boolean()
      .describe(
        'true records consent to storing health data under the current policy version, with the time; false withdraws it',
      )
      .optional(),
  })
  .refine((body) => JSON.stringify(body.onboardingData ?? {}).length <= 8192, {
    message: 'onboardingData is too large',
    path: ['onboardingData'],
  });
