import type { Pool } from '@hormohelp/db';
import type { Logger, RateLimitStore, TokenVerifier } from '@hormohelp/server-kit';
import type { ApiConfig } from './config';

/** What every feature's routes are built from; tests build their own. */
export interface ApiDeps {
  config: ApiConfig;
  pool: Pool;
  /** Exports' own few connections: a stalled download can hold one, never one of `pool`'s. */
  exportPool: Pool;
  logger: Logger;
  verifyToken: TokenVerifier;
  /** Shared by every API instance: the budgets live in PostgreSQL. */
  rateLimits: RateLimitStore;
  /** The current instant: where each person's "today" comes from. Tests set it to cross a midnight. */
  now: () => Date;
}
