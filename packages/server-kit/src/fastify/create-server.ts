import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  LogController,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../app-error';
import type { TrustProxySetting } from '../config';
import { responseErrorOf } from '../error-response';
import type { Logger } from '../logger';
import { logRequest, requestIdOf } from '../request-log';
import { fromFastifyError, zodValidatorCompiler } from './fastify-errors';
import { useJsonBodies } from './json-parser';
import { parseQuery } from './query-string';
import { responseSerializerCompiler } from './response-serializer';
import { prependHook } from './route-hooks';

export type Server = FastifyInstance<
  FastifyInstance['server'],
  FastifyRequest['raw'],
  FastifyReply['raw'],
  Logger,
  ZodTypeProvider
>;

export const BODY_LIMIT_BYTES = 16 * 1024;

export interface ServerOptions {
  logger: Logger;
  /** Which peers may set X-Forwarded-For (TRUST_PROXY). */
  trustProxy: TrustProxySetting;
}

const STARTED_AT = Symbol('startedAt');
type TimedRequest = FastifyRequest & { [STARTED_AT]?: number };

/**
 * One Fastify instance as both services want it: zod schemas for validation, types and serialisation;
 * JSON bodies only (UTF-8, no NUL, 16 KB; none at all reads as `{}`); Express's routing defaults
 * (any letter case, a trailing slash ignored); a name given twice in the query is a list (see
 * parseQuery); a request id kept from a sane X-Request-Id; one log line per request; and every error,
 * Fastify's own included, answered with the contract's body.
 */
export function createServer({ logger, trustProxy }: ServerOptions): Server {
  const app = Fastify({
    loggerInstance: logger,
    // The one request line is ours (logRequest): Fastify's own two lines per request are off.
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'requestId' }),
    genReqId: (req) => requestIdOf(req.headers['x-request-id']),
    // A hop count is a number, which Fastify takes as Express does, though its types leave it out.
    trustProxy: trustProxy as boolean | string,
    bodyLimit: BODY_LIMIT_BYTES,
    routerOptions: { caseSensitive: false, ignoreTrailingSlash: true, querystringParser: parseQuery },
    // An absolute-form target (`GET http://host/path`) is served by its path.
    rewriteUrl: (req) => pathFormOf(req.url ?? '/'),
    // Slowloris protection and a bound on how long anyone can hold a socket.
    requestTimeout: 30_000,
    connectionTimeout: 0,
    keepAliveTimeout: 5_000,
    // On close, idle keep-alive sockets end at once. A request already on its way over a busy one is
    // still answered (with `Connection: close`, see listen), not told 503: the client could not know
    // that the instance was stopping, and a load balancer sends the retry elsewhere anyway.
    forceCloseConnections: 'idle',
    return503OnClosing: false,
    // Errors met before a request has a route (a path that is not valid percent-encoding) get the
    // contract's body too; such a path names nothing, like an id that does not exist.
    frameworkErrors: (error, request, reply: FastifyReply) => {
      const appError = fromFastifyError(error) ?? new AppError('not_found');
      reply.header('X-Request-Id', request.id);
      reply.code(appError.status).headers(appError.headers).send(appError.toBody());
    },
  }).withTypeProvider<ZodTypeProvider>() as unknown as Server;

  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(responseSerializerCompiler);
  useJsonBodies(app as unknown as FastifyInstance);

  app.addHook('onRequest', (request: TimedRequest, reply, done) => {
    request[STARTED_AT] = performance.now();
    reply.header('X-Request-Id', request.id);
    done();
  });
  app.addHook('onResponse', (request: TimedRequest, reply, done) => {
    logRequest(logger, {
      requestId: request.id,
      method: request.method,
      path: request.url.split('?', 1)[0]!,
      status: reply.statusCode,
      startedAt: request[STARTED_AT] ?? performance.now(),
    });
    done();
  });

  // A request sent without a body validates as `{}`: a route that takes one then names each missing
  // field, as it does for an empty object, instead of refusing the body as a whole. A proxied route
  // passes its body on as it came, absent included.
  app.addHook('onRoute', (route) => {
    if (route.schema?.body && !route.config?.proxied)
      prependHook(route, 'preValidation', emptyObjectForAbsentBody);
  });

  // A request no route takes is answered before its body is read: nobody makes us buffer one for it.
  app.addHook('preParsing', (request, _reply, payload, done) => {
    if (request.is404) done(new AppError('not_found'));
    else done(null, payload);
  });
  app.setNotFoundHandler(() => {
    throw new AppError('not_found');
  });
  app.setErrorHandler((error, request, reply) => {
    const appError = responseErrorOf(fromFastifyError(error) ?? error, request.id, request.log as Logger);
    if (reply.sent || reply.raw.headersSent) {
      reply.raw.destroy();
      return;
    }
    return reply.code(appError.status).headers(appError.headers).send(appError.toBody());
  });
  return app;
}

function emptyObjectForAbsentBody(request: FastifyRequest, _reply: FastifyReply, done: () => void): void {
  if (request.body === undefined) request.body = {};
  done();
}

/** `http://host/api/posts?limit=5` → `/api/posts?limit=5`; a target already in path form is kept. */
function pathFormOf(url: string): string {
  if (url.startsWith('/')) return url;
  try {
    const parsed = new URL(url);
    return parsed.pathname + parsed.search;
  } catch {
    return '/';
  }
}
