import { AppError } from './app-error';
import type { Logger } from './logger';

/** An AppError as it is, and PostgreSQL that cannot be reached as 503 `upstream_unavailable`. */
export function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, message } = error as { code?: string; message?: string };
  if (isDatabaseUnavailable(code, message)) return new AppError('upstream_unavailable', { status: 503 });
  return undefined;
}

// Connection refused/reset, PostgreSQL shutting down (57P01-57P03) or a connection exception (08xxx),
// and the pool's own connect timeout: the database is away, not the request at fault.
function isDatabaseUnavailable(code: string | undefined, message: string | undefined): boolean {
  if (code && ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03'].includes(code))
    return true;
  if (code?.startsWith('08')) return true;
  return /timeout exceeded when trying to connect|Connection terminated|connection is closed|Client has encountered a connection error/i.test(
    message ?? '',
  );
}

/**
 * The error a response is made from: a known one as it is, anything else as `internal` carrying the
 * request id, so a person can quote it. Unknown errors and unavailable upstreams are logged here.
 */
export function responseErrorOf(error: unknown, requestId: string, log: Logger | undefined): AppError {
  const appError = toAppError(error);
  if (!appError) {
    // The logger cuts the error down to code, message, constraint and stack: a database error's
    // other fields carry the row it refused.
    log?.error({ err: error }, 'unhandled error');
  } else if (appError.status >= 500) {
    log?.warn({ code: appError.code, reason: (error as Error)?.message }, 'upstream unavailable');
  }
  return appError ?? new AppError('internal', { details: { requestId } });
}
