import type { Pool } from '@hormohelp/db';
import type { JobQueue } from '@hormohelp/jobs';
import type { DestinationStream, Logger, RateLimitStore } from '@hormohelp/server-kit';
import type { AuthConfig } from './config';
import type { MailQueue, RetryPolicy } from './mail/mail-queue';
import type { MailRequests } from './mail/mail-requests';
import type { AccessTokens } from './security/access-tokens';
import type { PasswordHasher } from './security/password-hasher';

/** Knobs that are constants in production and that tests turn to avoid sleeping. */
export interface AuthOptions {
  /** How long a rotated refresh token still refreshes (concurrent tabs) before it counts as reuse. */
  refreshReuseGraceMs: number;
  mailRetry: RetryPolicy;
  /**
   * The job queue this instance sends its mail to and sends mail from (and, suffixed `-requests`,
   * its mail requests). Instances sharing a database and an SMTP server share it; a test giving two
   * instances different SMTP servers gives each its own.
   */
  mailQueue: string;
  /** How often an idle job worker looks for work (pg-boss's minimum is 0.5 s). */
  jobPollingIntervalSeconds: number;
  /** Password hashes allowed to run at once (each holds 64 MB). */
  hashConcurrency: number;
  /** Where log lines go: stdout unless a test reads them. */
  logDestination?: DestinationStream;
}

export const DEFAULT_OPTIONS: AuthOptions = {
  refreshReuseGraceMs: 10_000,
  mailRetry: { attempts: 4, baseDelayMs: 1000 },
  mailQueue: 'auth-mail',
  jobPollingIntervalSeconds: 1,
  hashConcurrency: 2,
};

/** Everything a route and its use case need; built once by start(), and by tests. */
export interface AuthDeps {
  config: AuthConfig;
  options: AuthOptions;
  pool: Pool;
  logger: Logger;
  hasher: PasswordHasher;
  tokens: AccessTokens;
  mail: MailQueue;
  /** Durable jobs on the database (pg-boss): mail, housekeeping. */
  jobs: JobQueue;
  /** Mail asked for by address alone, decided and written by a job after the answer. */
  mailRequests: MailRequests;
  rateLimits: RateLimitStore;
}

export const VERIFICATION_TOKEN_TTL_SECONDS = 24 * 60 * 60;
export const RESET_TOKEN_TTL_SECONDS = 60 * 60;
export const REFRESH_TOKEN_TTL_SECONDS = 7 * 24 * 60 * 60;
/** However often it rotates, a login ends this long after it began: then the person signs in again. */
export const REFRESH_FAMILY_LIFETIME_SECONDS = 30 * 24 * 60 * 60;
