import { createPool } from '@hormohelp/db';
import {
  createLogger,
  createMemoryRateLimitStore,
  createPostgresRateLimitStore,
  errorHandler,
  jsonBody,
  listen,
  notFoundHandler,
  requestContext,
} from '@hormohelp/server-kit';
import express from 'express';
import { createBackgroundTasks } from './background';
import { createAuthJobQueue, startBackgroundJobs } from './background-jobs';
import type { AuthConfig } from './config';
import { type AuthDeps, type AuthOptions, DEFAULT_OPTIONS } from './deps';
import { createMailQueue } from './mail/mail-queue';
import { authRouter } from './routes/auth-router';
import { healthRoute } from './routes/health-route';
import { loadAccessTokens } from './security/access-tokens';
import { createPasswordHasher } from './security/password-hasher';

const DRAIN_MS = 1000;
const JOBS_GRACE_MS = 4000;

function withinMs(ms: number, work: Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export function createApp(config: AuthConfig, deps: AuthDeps) {
  const app = express();
  app.disable('x-powered-by');
  // X-Forwarded-For is believed only from these proxies (the API's, on loopback by default).
  app.set('trust proxy', config.TRUST_PROXY);
  app.use(requestContext(deps.logger));
  app.use((_req, res, next) => {
    res.set({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
    next();
  });
  app.get('/health', healthRoute(deps));
  app.use(jsonBody());
  app.use(authRouter(deps));
  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}

/** Builds the real dependencies from the configuration: keys, pool, hasher, mail, rate-limit store. */
export async function createDeps(
  config: AuthConfig,
  overrides: Partial<AuthOptions> = {},
): Promise<AuthDeps> {
  const options = { ...DEFAULT_OPTIONS, ...overrides };
  const logger = createLogger('auth', config.LOG_LEVEL, options.logDestination);
  const tokens = await loadAccessTokens(config.JWT_PRIVATE_KEY_PATH, config.JWT_PUBLIC_KEY_PATH);
  const pool = createPool(config.DATABASE_URL, { applicationName: 'auth' });
  const jobs = createAuthJobQueue(config, logger, options);
  return {
    config,
    options,
    logger,
    pool,
    tokens,
    hasher: await createPasswordHasher(options.hashConcurrency),
    jobs,
    mail: createMailQueue({
      config,
      logger,
      pool,
      jobs,
      queueName: options.mailQueue,
      retry: options.mailRetry,
    }),
    background: createBackgroundTasks(logger),
    rateLimits:
      config.RATE_LIMIT_STORE === 'postgres'
        ? createPostgresRateLimitStore(pool)
        : createMemoryRateLimitStore(),
  };
}

export async function start(config: AuthConfig, overrides: Partial<AuthOptions> = {}) {
  const deps = await createDeps(config, overrides);
  const backgroundJobs = await startBackgroundJobs(deps);
  const running = await listen(createApp(config, deps), { port: config.PORT, host: config.HOST });
  deps.logger.info({ url: running.url, rateLimitStore: config.RATE_LIMIT_STORE }, 'auth service listening');
  return {
    url: running.url,
    port: running.port,
    logger: deps.logger,
    deps,
    /**
     * Finishes in-flight requests and the work they left (which writes mail jobs), then gives running
     * jobs a few seconds (SMTP may be down: an unsent mail stays a job), then closes the pool.
     */
    async stop(graceMs?: number) {
      await running.stop(graceMs);
      await withinMs(DRAIN_MS, deps.background.drain());
      await backgroundJobs.stop(JOBS_GRACE_MS);
      await deps.rateLimits.close();
      await deps.pool.end();
    },
  };
}
