import { z } from 'zod';

/** The closed list of error codes of the contract; every error body carries one of them. */
export const ERROR_CODES = [
  'validation_error',
  'invalid_json',
  'payload_too_large',
  'unsupported_media_type',
  'unauthorized',
  'invalid_credentials',
  'email_not_verified',
  'consent_required',
  'forbidden',
  'not_found',
  'conflict',
  'rate_limited',
  'invalid_token',
  'invalid_signature',
  'upstream_unavailable',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
