import { isUtf8 } from 'node:buffer';
import { randomUUID } from 'node:crypto';
import express, { type ErrorRequestHandler, type Request, type RequestHandler } from 'express';
import { AppError } from './app-error';
import type { Logger } from './logger';

export const BODY_LIMIT = '16kb';

declare global {
  namespace Express {
    interface Request {
      id: string;
      log: Logger;
    }
  }
}

const REQUEST_ID = /^[\w-]{1,64}$/;

const BASE_LOGGER = Symbol('base logger');
const CHILD_LOGGER = Symbol('child logger');

type RequestWithLoggers = Request & { [BASE_LOGGER]?: Logger; [CHILD_LOGGER]?: Logger };

// `req.log` is made on first use, by a getter on Express's request prototype: most requests never log
// anything but their one request line, and a pino child logger per request costs tens of µs of CPU.
const lazyLog: PropertyDescriptor = {
  configurable: true,
  get(this: RequestWithLoggers) {
    this[CHILD_LOGGER] ??= this[BASE_LOGGER]?.child({ requestId: this.id });
    return this[CHILD_LOGGER];
  },
  set(this: RequestWithLoggers, logger: Logger) {
    this[CHILD_LOGGER] = logger;
  },
};
const prototypesWithLazyLog = new WeakSet<object>();

function installLazyLog(req: Request): void {
  const prototype = Object.getPrototypeOf(req) as object;
  if (prototypesWithLazyLog.has(prototype)) return;
  Object.defineProperty(prototype, 'log', lazyLog);
  prototypesWithLazyLog.add(prototype);
}

/**
 * Gives each request an id (kept from X-Request-Id when it is sane), a `req.log` carrying it (made
 * only if the request's code logs), and one log line with the request id as a field.
 */
export function requestContext(logger: Logger): RequestHandler {
  return (req, res, next) => {
    installLazyLog(req);
    const incoming = req.headers['x-request-id'];
    const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    req.id = id;
    (req as RequestWithLoggers)[BASE_LOGGER] = logger;
    res.setHeader('X-Request-Id', id);
    const started = performance.now();
    res.once('finish', () => {
      // Only the path: query strings can carry tokens (verification links), and bodies are never logged.
      logger.info(
        {
          requestId: id,
          method: req.method,
          path: req.path,
          status: res.statusCode,
          ms: Math.round((performance.now() - started) * 10) / 10,
        },
        'request',
      );
    });
    next();
  };
}

/**
 * JSON bodies only, at most 16 KB. A request with a body that is not JSON is 415; malformed JSON is
 * 400 invalid_json; an oversized one is 413 payload_too_large.
 */
export function jsonBody(): RequestHandler[] {
  const requireJson: RequestHandler = (req, _res, next) => {
    const hasBody = Number(req.get('content-length') ?? 0) > 0 || req.get('transfer-encoding') !== undefined;
    if (hasBody && !req.is('application/json')) return next(new AppError('unsupported_media_type'));
    next();
  };
  return [
    requireJson,
    express.json({ limit: BODY_LIMIT, strict: true, verify: requireUtf8 }),
    rejectNulCharacters,
  ];
}

// JSON must be UTF-8 (RFC 8259); without this check invalid bytes would be stored as U+FFFD.
function requireUtf8(_req: unknown, _res: unknown, body: Buffer): void {
  if (!isUtf8(body)) throw Object.assign(new Error('The body is not valid UTF-8.'), { type: INVALID_UTF8 });
}

const INVALID_UTF8 = 'encoding.invalid_utf8';

const NUL_MESSAGE = 'Must not contain a NUL character';

interface JsonNode {
  value: unknown;
  key?: string;
  parent?: JsonNode;
}

function pathOf(node: JsonNode): string {
  const keys: string[] = [];
  for (let at: JsonNode | undefined = node; at?.key !== undefined; at = at.parent) keys.unshift(at.key);
  return keys.join('.') || '_';
}

/**
 * PostgreSQL text and jsonb cannot hold U+0000: refuse it in any key or string with a validation
 * error instead of a 500. Walked with an explicit stack, so a body nested thousands deep costs no more.
 */
const rejectNulCharacters: RequestHandler = (req, _res, next) => {
  const fields: Record<string, string> = {};
  const stack: JsonNode[] = [{ value: req.body }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node.value === 'string') {
      if (node.value.includes('\u0000')) fields[pathOf(node)] ??= NUL_MESSAGE;
    } else if (node.value !== null && typeof node.value === 'object') {
      for (const [key, value] of Object.entries(node.value)) {
        const child = { value, key, parent: node };
        if (key.includes('\u0000')) fields[pathOf(child)] ??= NUL_MESSAGE;
        stack.push(child);
      }
    }
  }
  next(
    Object.keys(fields).length > 0 ? new AppError('validation_error', { details: { fields } }) : undefined,
  );
};

/** Errors raised by body-parser, and by PostgreSQL when it cannot be reached. */
function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (typeof error !== 'object' || error === null) return undefined;
  const { type, code, message } = error as { type?: string; code?: string; message?: string };
  if (type === 'entity.too.large') return new AppError('payload_too_large');
  if (type === 'entity.parse.failed') return new AppError('invalid_json');
  if (type === INVALID_UTF8) return new AppError('invalid_json', { message: 'The body is not valid UTF-8.' });
  if (type === 'encoding.unsupported' || type === 'charset.unsupported')
    return new AppError('unsupported_media_type');
  if (type === 'request.aborted')
    return new AppError('invalid_json', { message: 'The request body was cut short.' });
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

export const notFoundHandler: RequestHandler = (_req, _res, next) => next(new AppError('not_found'));

/** The one place an error becomes a response: the contract's body, never a stack trace or SQL. */
export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const appError = toAppError(error);
  if (!appError) {
    req.log?.error({ err: error }, 'unhandled error');
  } else if (appError.status >= 500) {
    req.log?.warn({ code: appError.code, reason: (error as Error)?.message }, 'upstream unavailable');
  }
  const final = appError ?? new AppError('internal', { details: { requestId: req.id } });
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.set(final.headers).status(final.status).json(final.toBody());
};

/** Wraps an async handler so that its rejection reaches the error middleware (Express 4 does not). */
export function route(handler: (...args: Parameters<RequestHandler>) => Promise<unknown>): RequestHandler {
  return (req, res, next) => {
    handler(req, res, next).catch(next);
  };
}
