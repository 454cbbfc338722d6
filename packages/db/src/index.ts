export { type EmbeddedCluster, startEmbeddedPostgres } from './embedded';
export { findFreePort } from './free-port';
export { migrate } from './migrate';
export {
  createPool,
  IDLE_IN_TRANSACTION_TIMEOUT_MS,
  type Pool,
  type PoolClient,
  withTransaction,
} from './pool';
export { toPublicUser, USER_PROFILE_COLUMNS, type UserProfileRow } from './user-profile';
