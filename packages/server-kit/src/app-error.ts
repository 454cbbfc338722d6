import { ERROR_STATUS, type ErrorCode } from '@hormohelp/contracts';

const DEFAULT_MESSAGE: Record<ErrorCode, string> = {
  validation_error: 'Some fields are not valid.',
  invalid_json: 'The request body is not valid JSON.',
  invalid_token: 'This link is invalid or has expired.',
  invalid_signature: 'The payment signature is not valid.',
  unauthorized: 'Please sign in to continue.',
  invalid_credentials: 'The email or password is not correct.',
  email_not_verified: 'Please verify your email address first.',
  consent_required: 'Please consent to storing health data first.',
  forbidden: 'You are not allowed to do that.',
  not_found: 'Not found.',
  conflict: 'That conflicts with something that already exists.',
  booking_limit: 'You already hold as many upcoming consultations as one person may.',
  payload_too_large: 'The request body is larger than 16 KB.',
  unsupported_media_type: 'Send the request body as application/json.',
  rate_limited: 'Too many requests. Please wait and try again.',
  internal: 'Something went wrong on our side.',
  upstream_unavailable: 'A service we depend on is unavailable. Please try again shortly.',
};

export interface AppErrorOptions {
  message?: string;
  details?: Record<string, unknown>;
  /** Overrides the code's usual status (upstream_unavailable is 502, 503 or 504). */
  status?: number;
  /** Extra response headers, e.g. Retry-After. */
  headers?: Record<string, string>;
  cause?: unknown;
}

/** The one error type a handler throws; the error middleware turns it into the contract's body. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: Record<string, unknown> | undefined;
  readonly headers: Record<string, string>;

  constructor(code: ErrorCode, options: AppErrorOptions = {}) {
    super(options.message ?? DEFAULT_MESSAGE[code], { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = options.status ?? ERROR_STATUS[code];
    this.details = options.details;
    this.headers = options.headers ?? {};
  }

  toBody() {
    return {
      error: { code: this.code, message: this.message, ...(this.details && { details: this.details }) },
    };
  }
}

export const notFound = () => new AppError('not_found');
