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
  'booking_limit',
  'rate_limited',
  'invalid_token',
  'invalid_signature',
  'upstream_unavailable',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The HTTP status of each error code, one status per code (upstream_unavailable is 502 from the /auth proxy). */
export const ERROR_STATUS: Record<ErrorCode, number> = {
  validation_error: 400,
  invalid_json: 400,
  invalid_token: 400,
  invalid_signature: 400,
  unauthorized: 401,
  invalid_credentials: 401,
  email_not_verified: 403,
  consent_required: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  booking_limit: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  upstream_unavailable: 503,
};

export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
