import cookie from '@fastify/cookie';
import { createPool } from '@hormohelp/db';
import {
  createLogger,
  createMemoryRateLimitStore,
  createPostgresRateLimitStore,
  createServer,
  listen,
  type Server,
  useAccessControl,
} from '@hormohelp/server-kit';
import { createAuthJobQueue, startBackgroundJobs } from './background-jobs';
import type { AuthConfig } from './config';
import { type AuthDeps, type AuthOptions, DEFAULT_OPTIONS } from './deps';
import { useSecurityHeaders } from './http/security-headers';
import { createMailQueue } from './mail/mail-queue';
import { createMailRequests } from './mail/mail-requests';
import { authRoutes } from './routes/auth-routes';
import { healthRoute } from './routes/health-route';
import { loadAccessTokens } from './security/access-tokens';
import { createPasswordHasher } from './security/password-hasher';

const JOBS_GRACE_MS = 4000;
/** How long in-flight requests get to finish on stop before their connections are cut. */
const GRACE_MS = 8000;

/** The auth service's server: every route declared with who may call it, its schemas and its errors. */
export async function createApp(config: AuthConfig, deps: AuthDeps): Promise<Server> {
  // X-Forwarded-For is believed only from these proxies (the API's, on loopback by default).
  const app = createServer({ logger: deps.logger, trustProxy: config.TRUST_PROXY });
  useSecurityHeaders(app);
  useAccessControl(app, deps.tokens.verify);
  // Cookies are only set here: the one the service reads, it reads from the header itself.
  app.register(cookie, { hook: false });
  await authRoutes(app, deps);
  healthRoute(app, deps);
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
  const mail = createMailQueue({
    config,
    logger,
    pool,
    jobs,
    queueName: options.mailQueue,
    retry: options.mailRetry,
  });
  return {
    config,
    options,
    logger,
    pool,
    tokens,
    hasher: await createPasswordHasher(options.hashConcurrency),
    jobs,
    mail,
    mailRequests: createMailRequests({ pool, jobs, mail, queueName: `${options.mailQueue}-requests` }),
    rateLimits:
      config.RATE_LIMIT_STORE === 'postgres'
        ? createPostgresRateLimitStore(pool)
        : createMemoryRateLimitStore(),
  };
}

export async function start(config: AuthConfig, overrides: Partial<AuthOptions> = {}) {
  const deps = await createDeps(config, overrides);
  const backgroundJobs = await startBackgroundJobs(deps);
  const running = await listen(await createApp(config, deps), { port: config.PORT, host: config.HOST });
  const { url, port } = running;
  deps.logger.info({ url, rateLimitStore: config.RATE_LIMIT_STORE }, 'auth service listening');
  return {
    url,
    port,
    logger: deps.logger,
    deps,
    /**
     * Finishes in-flight requests, then gives running jobs a few seconds (SMTP may be down: an
     * unsent mail stays a job, and runs on a next start or another instance), then closes the pool.
     */
    async stop(graceMs = GRACE_MS) {
      await running.stop(graceMs);
      await backgroundJobs.stop(JOBS_GRACE_MS);
      await deps.rateLimits.close();
      await deps.pool.end();
    },
  };
}
