/**
 * What a log line may carry. Errors are cut down to code, message, constraint and stack: a
 * PostgreSQL error's `detail` ("Failing row contains (...)") holds the row (notes, a password hash),
 * its `where` and a query's parameters hold values, and nodemailer's errors hold the envelope, the
 * recipients and the server's reply, which names the address. Secrets and personal fields are
 * redacted at any depth, and anything shaped like an email address in a string becomes `[email]`.
 */

export interface SerializedError {
  code?: string;
  message: string;
  constraint?: string;
  stack?: string;
}

// Lower-case: keys are compared case-insensitively.
const REDACTED_KEYS = new Set([
  'password',
  'newpassword',
  'currentpassword',
  'password_hash',
  'passwordhash',
  'token',
  'accesstoken',
  'refreshtoken',
  'refresh_token',
  'authorization',
  'cookie',
  'set-cookie',
  'razorpay_signature',
  'email',
  'notes',
  'note',
  'detail',
  'envelope',
]);

export const CENSOR = '[redacted]';
const MAX_DEPTH = 8;
const EMAIL = /[^\s<>()[\]"'`,;:@]+@[^\s<>()[\]"'`,;:@]+\.[^\s<>()[\]"'`,;:@]+/g;

/** The text with every email-shaped run replaced (a server's reply to RCPT TO names the recipient). */
export function scrubText(text: string): string {
  return text.includes('@') ? text.replace(EMAIL, '[email]') : text;
}

export function serializeError(error: Error): SerializedError {
  const { code, constraint, response } = error as {
    code?: unknown;
    constraint?: unknown;
    response?: unknown;
  };
  // nodemailer appends the server's reply to its message; the reply is not ours to log.
  const withoutReply = (text: string) =>
    typeof response === 'string' && response !== '' ? text.replaceAll(`: ${response}`, '') : text;
  const serialized: SerializedError = { message: scrubText(withoutReply(String(error.message))) };
  if (typeof code === 'string' || typeof code === 'number') serialized.code = String(code);
  if (typeof constraint === 'string') serialized.constraint = constraint;
  if (typeof error.stack === 'string') serialized.stack = scrubText(withoutReply(error.stack));
  return serialized;
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * A copy of a log object fit to be written: errors serialised, redacted keys censored, addresses
 * scrubbed. Parts with nothing to change are shared, not copied (this runs for every log line).
 */
export function redactForLog(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Error) return serializeError(value);
  if (depth >= MAX_DEPTH) return CENSOR;
  if (Array.isArray(value)) {
    const items = value.map((item) => redactForLog(item, depth + 1));
    return items.some((item, index) => item !== value[index]) ? items : value;
  }
  if (!isPlainObject(value)) return value;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(value)) {
    const item = value[key];
    const redacted = REDACTED_KEYS.has(key.toLowerCase()) ? CENSOR : redactForLog(item, depth + 1);
    if (redacted === item) continue;
    copy ??= { ...value };
    copy[key] = redacted;
  }
  return copy ?? value;
}
