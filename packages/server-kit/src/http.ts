import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import { AppError } from './app-error';
import { responseErrorOf } from './error-response';
import type { Logger } from './logger';
import { logRequest, requestIdOf } from './request-log';

// The Express pieces of the kit, for the auth service. The API serves node:http directly (see
// apps/api/src/app.ts); both share the error mapping, the request id and the request line.

declare global {
  namespace Express {
    interface Request {
      id: string;
      log: Logger;
    }
  }
}

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
    const id = requestIdOf(req.headers['x-request-id']);
    req.id = id;
    (req as RequestWithLoggers)[BASE_LOGGER] = logger;
    res.setHeader('X-Request-Id', id);
    const startedAt = performance.now();
    res.once('finish', () => {
      logRequest(logger, {
        requestId: id,
        method: req.method,
        path: req.path,
        status: res.statusCode,
        startedAt,
      });
    });
    next();
  };
}

export const notFoundHandler: RequestHandler = (_req, _res, next) => next(new AppError('not_found'));

/** The one place an error becomes a response: the contract's body, never a stack trace or SQL. */
export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const final = responseErrorOf(error, req.id, req.log);
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
