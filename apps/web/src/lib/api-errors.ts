import { HTTPError, TimeoutError } from 'ky';

const NETWORK_ERROR = 'Network error. Check your connection and try again.';
const TIMEOUT_ERROR = 'The server took too long to answer. Try again.';
const SERVER_ERROR = 'Something went wrong on our side. Try again in a moment.';
const UNKNOWN_ERROR = 'Something went wrong. Please try again.';

interface ContractError {
  code?: unknown;
  message?: unknown;
  details?: { fields?: unknown };
}

const errorBodies = new WeakMap<HTTPError, unknown>();

/** Keeps the parsed body of a failed response with its error; the API client calls it. */
export function rememberErrorBody(error: HTTPError, body: unknown): void {
  errorBodies.set(error, body);
}

function readContractError(error: unknown): ContractError | undefined {
  if (!(error instanceof HTTPError)) return undefined;
  const body = errorBodies.get(error);
  if (typeof body !== 'object' || body === null || !('error' in body)) return undefined;
  const inner = body.error;
  return typeof inner === 'object' && inner !== null ? (inner as ContractError) : undefined;
}

/** The contract error's code (`invalid_credentials`, `rate_limited`, …), if the API sent one. */
export function getErrorCode(error: unknown): string | undefined {
  const code = readContractError(error)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A sentence a person can read: the API's own message, or a fallback that says what happened. */
export function getErrorMessage(error: unknown): string {
  const retryAfter = getRetryAfterSeconds(error);
  if (getErrorCode(error) === 'rate_limited' && retryAfter) {
    const minutes = Math.ceil(retryAfter / 60);
    return `Too many attempts. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
  }
  const message = readContractError(error)?.message;
  if (typeof message === 'string' && message.length > 0) return message;
  if (error instanceof TimeoutError) return TIMEOUT_ERROR;
  if (isNetworkError(error)) return NETWORK_ERROR;
  if ((getErrorStatus(error) ?? 0) >= 500) return SERVER_ERROR;
  return UNKNOWN_ERROR;
}

/** The HTTP status of a failed request; undefined when no answer came at all. */
export function getErrorStatus(error: unknown): number | undefined {
  return error instanceof HTTPError ? error.response.status : undefined;
}

/** fetch rejects with a TypeError when no answer arrives: offline, refused, blocked by CORS. */
export function isNetworkError(error: unknown): boolean {
  return error instanceof TypeError;
}

/** The contract's `error.details.fields`: each invalid field mapped to its problem, or {}. */
export function getFieldErrors(error: unknown): Record<string, string> {
  const fields = readContractError(error)?.details?.fields;
  if (typeof fields !== 'object' || fields === null) return {};
  const result: Record<string, string> = {};
  for (const [field, problem] of Object.entries(fields)) {
    if (typeof problem === 'string') result[field] = problem;
  }
  return result;
}

/** Seconds from a 429's Retry-After header, if present. */
export function getRetryAfterSeconds(error: unknown): number | undefined {
  if (!(error instanceof HTTPError)) return undefined;
  const value = Number(error.response.headers.get('retry-after'));
  return Number.isFinite(value) && value > 0 ? value : undefined;
}
