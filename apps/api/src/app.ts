import type { RequestListener } from 'node:http';
import { createPool } from '@hormohelp/db';
import {
  AppError,
  type BodyStep,
  createLogger,
  createPostgresRateLimitStore,
  json,
  jsonBody,
  listen,
  type Reply,
  Router,
  rawBody,
  readBody,
  responseErrorOf,
} from '@hormohelp/server-kit';
import { startBackgroundJobs } from './background-jobs';
import type { ApiConfig } from './config';
import type { ApiDeps } from './deps';
import { communityRouter } from './features/community/routes';
import { consultationsRouter } from './features/consultations/routes';
import { exportRouter } from './features/export/routes';
import { insightsRouter } from './features/insights/routes';
import { ordersRouter } from './features/orders/routes';
import { razorpayWebhookRouter } from './features/payments/routes';
import { shopRouter } from './features/shop/routes';
import { symptomsRouter } from './features/symptoms/routes';
import { usersRouter } from './features/users/routes';
import { authProxy, isAuthPath } from './http/auth-proxy';
import { authenticate, createTokenVerifier } from './http/authenticate';
import { ApiContext, compileTrustProxy } from './http/context';
import { createCors, securityHeaders, writeJson } from './http/response-headers';
import { openApiRouter } from './openapi/openapi-router';

/**
 * The API as a node:http request listener. Every request takes the same path, in this order:
 * request id and log line, security headers, CORS, the /auth proxy, then a route from one table.
 * Under /api and /users a route needs a valid access token (checked before the body is read) and its
 * answer is no-store: a person's data, errors included, is never kept by a browser or a shared cache.
 *
 * No framework: headers are gathered on the request's context and written once, with the body.
 * Express's per-request machinery cost the hot reads a third of their throughput against a bare
 * node:http server (docs/performance.md, "API overhead").
 */
export function createApp(deps: ApiDeps): RequestListener {
  const { config, pool, logger } = deps;
  const trustProxy = compileTrustProxy(config.TRUST_PROXY);
  const baseHeaders = securityHeaders();
  const cors = createCors([config.FRONTEND_ORIGIN]);
  const proxyToAuth = authProxy(config.AUTH_SERVICE_URL);
  const jsonSteps = jsonBody();
  const rawSteps: BodyStep[] = [rawBody()];

  const routes = new Router<ApiContext>()
    .get('/health', async () => {
      await pool.query('SELECT 1');
      return json({ status: 'ok' });
    })
    .use(openApiRouter())
    .use(razorpayWebhookRouter(deps))
    .use(usersRouter(deps))
    .use(exportRouter(deps))
    .use(symptomsRouter(deps))
    .use(insightsRouter(deps))
    .use(communityRouter(deps))
    .use(consultationsRouter(deps))
    .use(shopRouter(deps))
    .use(ordersRouter(deps));

  async function handle(context: ApiContext): Promise<Reply | undefined> {
    const { req, method, path, headers } = context;
    const origin = req.headers.origin;
    headers.push(...cors.headersFor(origin));
    if (method === 'OPTIONS') {
      headers.push(...cors.preflightHeadersFor(origin, req.headers['access-control-request-headers']));
      headers.push('Content-Length', '0');
      return { status: 204 };
    }
    if (isAuthPath(path)) {
      proxyToAuth(context);
      return undefined;
    }
    const match = routes.match(method, path);
    if (!match?.route.isPublic && isPersonal(path)) {
      headers.push('Cache-Control', 'no-store');
      context.user = await authenticate(deps.verifyToken, req.headers.authorization);
    }
    if (!match) throw new AppError('not_found');
    const { route, params } = match;
    context.params = params;
    // Read only for a route that exists, from a caller who may use it; most requests have none.
    await readBody(route.body === 'raw' ? rawSteps : jsonSteps, req, context.res);
    for (const guard of route.guards) guard(context);
    return route.handler(context);
  }

  function answer(context: ApiContext, reply: Reply | undefined): void {
    if (reply) writeJson(context.res, context.headers, reply.status, reply.body);
  }

  /** The one place an error becomes a response: the contract's body, never a stack trace or SQL. */
  function answerError(context: ApiContext, error: unknown): void {
    const appError = responseErrorOf(error, context.id, context.log);
    if (context.res.headersSent) {
      context.res.destroy();
      return;
    }
    for (const [name, value] of Object.entries(appError.headers)) context.headers.push(name, value);
    writeJson(context.res, context.headers, appError.status, appError.toBody());
  }

  return (req, res) => {
    const context = new ApiContext(req, res, logger, trustProxy, baseHeaders);
    handle(context).then(
      (reply) => answer(context, reply),
      (error: unknown) => answerError(context, error),
    );
  };
}

/** /api and /users hold a person's own data: `/api`, `/api/…`, any letter case, as Express mounts matched. */
function isPersonal(path: string): boolean {
  return isUnder(path, '/api') || isUnder(path, '/users');
}

function isUnder(path: string, prefix: string): boolean {
  const head = path.slice(0, prefix.length).toLowerCase();
  return head === prefix && (path.length === prefix.length || path[prefix.length] === '/');
}

/** How long a stopping instance waits for a running reconciliation pass; a cut pass loses nothing. */
const JOBS_GRACE_MS = 3000;

/** Exports at once per instance: each is one person's (one at a time each), reading for seconds. */
const EXPORT_POOL_SIZE = 4;

/** Builds the real dependencies from the configuration: logger, pools, token verifier, rate limits. */
export async function createDeps(config: ApiConfig): Promise<ApiDeps> {
  const logger = createLogger('api', config.LOG_LEVEL);
  // Under a burst, a request may queue for one of the 20 connections: it waits up to 10 s rather than
  // failing a health-data write with 503 after 3 s. A database that is down still fails at once.
  const pool = createPool(config.DATABASE_URL, {
    applicationName: 'api',
    max: 20,
    connectionTimeoutMillis: 10_000,
  });
  const exportPool = createPool(config.DATABASE_URL, {
    applicationName: 'api-export',
    max: EXPORT_POOL_SIZE,
  });
  const verifyToken = await createTokenVerifier(
    config.AUTH_JWKS_URL ? { jwksUrl: config.AUTH_JWKS_URL } : { publicKeyPath: config.AUTH_PUBLIC_KEY_PATH },
  );
  return { config, pool, exportPool, logger, verifyToken, rateLimits: createPostgresRateLimitStore(pool) };
}

export async function start(config: ApiConfig, deps?: ApiDeps) {
  const resolved = deps ?? (await createDeps(config));
  const { logger, pool, exportPool, rateLimits } = resolved;
  const backgroundJobs = await startBackgroundJobs(resolved);
  const running = await listen(createApp(resolved), { port: config.PORT, host: config.HOST });
  logger.info({ url: running.url }, 'api listening');
  return {
    ...running,
    logger,
    deps: resolved,
    async stop(graceMs?: number) {
      await running.stop(graceMs);
      await backgroundJobs.stop(JOBS_GRACE_MS);
      await rateLimits.close();
      await Promise.all([pool.end(), exportPool.end()]);
    },
  };
}
