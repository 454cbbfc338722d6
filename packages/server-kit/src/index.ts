export {
  ACCESS_TOKEN_ALGORITHM,
  jwkThumbprint,
  loadTrustedKeys,
  type PublishedKey,
  type TrustedKeys,
  verifyAccessToken,
} from './access-token-keys';
export { AppError, type AppErrorOptions, notFound } from './app-error';
export {
  ConfigError,
  envBoolean,
  envPort,
  envTrustProxy,
  loadConfig,
  nodeEnv,
  type TrustProxySetting,
} from './config';
export { responseErrorOf, toAppError } from './error-response';
export { type Access, accessOf, authenticate, type TokenVerifier, useAccessControl } from './fastify/access';
export { BODY_LIMIT_BYTES, createServer, type Server, type ServerOptions } from './fastify/create-server';
export { useHelmetHeaders } from './fastify/helmet-headers';
export { nulFieldsOf, useRawBodies } from './fastify/json-parser';
export { type ListenOptions, listen, type RunningServer } from './fastify/listen';
export { type OpenApiOptions, useOpenApi } from './fastify/openapi';
export { parseQuery, type Query } from './fastify/query-string';
export { createLogger, type DestinationStream, type Logger } from './logger';
export { enforceRateLimit, rateLimitedError } from './rate-limit/enforce-rate-limit';
export { createMemoryRateLimitStore } from './rate-limit/memory-store';
export { createPostgresRateLimitStore } from './rate-limit/postgres-store';
export type { RateLimitResult, RateLimitStore } from './rate-limit/rate-limit-store';
export { logRequest, requestIdOf } from './request-log';
export { handleShutdownSignals } from './server';
export { validate } from './validate';
