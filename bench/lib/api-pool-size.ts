/**
 * The API's PostgreSQL pool size (`createPool(..., { max: 20 })` in apps/api/src/app.ts), given to
 * the bare server so both have the same number of connections. Keep the two equal.
 */
export const API_POOL_SIZE = 20;
