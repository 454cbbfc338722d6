import type { Pool } from '@hormohelp/db';
import type { Logger, RateLimitStore } from '@hormohelp/server-kit';
import type { ApiConfig } from './config';
import type { TokenVerifier } from './http/authenticate';

/** What every feature router is built from; tests build their own. */
export interface ApiDeps {
  config: ApiConfig;
  pool: Pool;
  /** Exports' own few connections: a stalled download can hold one, never one of `pool`'s. */
  exportPool: Pool;
  logger: Logger;
  verifyToken: TokenVerifier;
  /** Shared by every API instance: the budgets live in PostgreSQL. */
  rateLimits: RateLimitStore;
}
