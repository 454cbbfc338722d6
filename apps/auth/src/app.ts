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
import type { AuthConfig } from './config';
import { type AuthDeps, type AuthOptions, DEFAULT_OPTIONS } from './deps';
import { startHousekeeping } from './housekeeping';
import { createMailQueue } from './mail/mail-queue';
import { authRouter } from './routes/auth-router';
import { healthRoute } from './routes/health-route';
import { loadAccessTokens } from './security/access-tokens';
import { createPasswordHasher } from './security/password-hasher';

const DRAIN_MS = 5000;

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
  return {
    config,
    options,
    logger,
    pool,
    tokens,
    hasher: await createPasswordHasher(options.hashConcurrency),
    mail: createMailQueue(config, logger, options.mailRetry),
    background: createBackgroundTasks(logger),
    rateLimits:
      config.RATE_LIMIT_STORE === 'postgres'
        ? createPostgresRateLimitStore(pool)
        : createMemoryRateLimitStore(),
  };
}

export async function start(config: AuthConfig, overrides: Partial<AuthOptions> = {}) {
  const deps = await createDeps(config, overrides);
  const running = await listen(createApp(config, deps), { port: config.PORT, host: config.HOST });
  const stopHousekeeping = startHousekeeping(deps);
  deps.logger.info({ url: running.url, rateLimitStore: config.RATE_LIMIT_STORE }, 'auth service listening');
  return {
    url: running.url,
    port: running.port,
    logger: deps.logger,
    deps,
    /**
     * Finishes in-flight requests, then (for a few seconds at most, since SMTP may be down) the work
     * they queued, then closes the pool.
     */
    async stop(graceMs?: number) {
      stopHousekeeping();
      await running.stop(graceMs);
      await withinMs(
        DRAIN_MS,
        deps.background.drain().then(() => deps.mail.drain()),
      );
      await deps.mail.close();
      await deps.rateLimits.close();
      await deps.pool.end();
    },
  };
}
