import type { Pool, PoolClient } from '@hormohelp/db';

/** A pool, or one connection inside a transaction: data access works with either. */
export type Queryable = Pool | PoolClient;
