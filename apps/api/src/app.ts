import cors from '@fastify/cors';
import { healthSchema } from '@hormohelp/contracts';
import { createPool } from '@hormohelp/db';
import {
  createLogger,
  createPostgresRateLimitStore,
  createServer,
  listen,
  type Server,
  useAccessControl,
  useHelmetHeaders,
  useOpenApi,
} from '@hormohelp/server-kit';
import type { RouteOptions } from 'fastify';
import { startBackgroundJobs } from './background-jobs';
import type { ApiConfig } from './config';
import type { ApiDeps } from './deps';
import { communityRoutes } from './features/community/routes';
import { consultationsRoutes } from './features/consultations/routes';
import { exportRoutes } from './features/export/routes';
import { insightsRoutes } from './features/insights/routes';
import { ordersRoutes } from './features/orders/routes';
import { razorpayWebhookRoutes } from './features/payments/routes';
import { shopRoutes } from './features/shop/routes';
import { symptomsRoutes } from './features/symptoms/routes';
import { usersRoutes } from './features/users/routes';
import { useAuthProxy } from './http/auth-proxy';
import { createTokenVerifier } from './http/authenticate';
import { usePersonalData } from './http/personal-data';

/** Browsers may reuse a preflight's answer this long (Chromium caps it at 2 hours). */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

export interface AppOptions {
  /** Sees every route as it is registered (the route/document parity test lists them with it). */
  onRoute?: (route: RouteOptions) => void;
}

/**
 * The API on Fastify. Every request takes the same path, in this order: request id, helmet's
 * headers, CORS for the one frontend origin, the personal-data rule (no-store, a token under /api
 * and /users), the route's own access rule (the token before the body is read), then the route,
 * validated and serialised by its zod schemas. `/auth/*` is passed on to the auth service.
 */
export async function createApp(deps: ApiDeps, options: AppOptions = {}): Promise<Server> {
  const { config, pool, logger } = deps;
  const app = createServer({ logger, trustProxy: config.TRUST_PROXY });
  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  // Helmet's defaults: a strict CSP, nosniff, frame and referrer rules, no X-Powered-By.
  useHelmetHeaders(app);
  // Credentials and Retry-After only to the frontend; any other origin gets no CORS header at all.
  await app.register(cors, {
    origin: (origin, callback) => callback(null, origin === config.FRONTEND_ORIGIN),
    credentials: true,
    exposedHeaders: 'Retry-After',
    methods: 'GET,HEAD,PUT,PATCH,POST,DELETE',
    maxAge: PREFLIGHT_MAX_AGE_SECONDS,
    strictPreflight: false,
  });
  usePersonalData(app, deps.verifyToken);
  useAccessControl(app, deps.verifyToken);
  await useOpenApi(app, {
    title: 'HormoHelp API',
    description:
      'The business API and, through its /auth proxy, the auth service. Errors share one body; see ErrorBody and x-error-codes.',
    securitySchemes: {
      refreshCookie: { type: 'apiKey', in: 'cookie', name: 'refresh_token' },
      razorpaySignature: {
        type: 'apiKey',
        in: 'header',
        name: 'X-Razorpay-Signature',
        description: 'HMAC-SHA256 of the raw body with the webhook secret',
      },
    },
  });

  app.get(
    '/health',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Health probe (503 when the database is unreachable)',
        tags: ['meta'],
        response: { 200: healthSchema },
      },
    },
    async () => {
      await pool.query('SELECT 1');
      return { status: 'ok' as const };
    },
  );
  await useAuthProxy(app, config.AUTH_SERVICE_URL);
  await razorpayWebhookRoutes(app, deps);
  usersRoutes(app, deps);
  exportRoutes(app, deps);
  symptomsRoutes(app, deps);
  insightsRoutes(app, deps);
  communityRoutes(app, deps);
  consultationsRoutes(app, deps);
  shopRoutes(app, deps);
  ordersRoutes(app, deps);
  return app;
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
  return {
    config,
    pool,
    exportPool,
    logger,
    verifyToken,
    rateLimits: createPostgresRateLimitStore(pool),
    now: () => new Date(),
  };
}

export async function start(config: ApiConfig, deps?: ApiDeps) {
  const resolved = deps ?? (await createDeps(config));
  const { logger, pool, exportPool, rateLimits } = resolved;
  const backgroundJobs = await startBackgroundJobs(resolved);
  const app = await createApp(resolved);
  const running = await listen(app, { port: config.PORT, host: config.HOST });
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
