import { IDLE_IN_TRANSACTION_TIMEOUT_MS } from '@hormohelp/db';
import { envPort, envTrustProxy, loadConfig, nodeEnv } from '@hormohelp/server-kit';
import { z } from 'zod';

const schema = z.object({
  DATABASE_URL: z.string().min(1),
  AUTH_SERVICE_URL: z.url().default('http://localhost:8001'),
  AUTH_PUBLIC_KEY_PATH: z.string().min(1).default('../../auth_public.pem'),
  /** When set, verification keys come from the auth service's JWKS (key rotation by `kid`). */
  AUTH_JWKS_URL: z.url().optional(),
  FRONTEND_ORIGIN: z.url().default('http://localhost:5173'),
  RAZORPAY_KEY_ID: z.string().min(1),
  RAZORPAY_KEY_SECRET: z.string().min(1),
  RAZORPAY_WEBHOOK_SECRET: z.string().min(1),
  RAZORPAY_API_URL: z.url().default('https://api.razorpay.com'),
  /** How long a call to Razorpay may take before the shop answers 504 upstream_unavailable. */
  RAZORPAY_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(8000),
  /**
   * An export whose reader accepts no more bytes for this long is cut and its transaction rolled
   * back; below the database's idle-in-transaction limit, which would otherwise end it first.
   */
  EXPORT_STALL_MS: z.coerce
    .number()
    .int()
    .min(10)
    .max(IDLE_IN_TRANSACTION_TIMEOUT_MS - 1)
    .default(30_000),
  /** No export runs longer than this, however steadily it is read (a year of logs takes under 1 s). */
  EXPORT_DEADLINE_MS: z.coerce.number().int().min(100).max(3_600_000).default(300_000),
  /** Which peers may set X-Forwarded-For, read as the auth service reads it (default: loopback only). */
  TRUST_PROXY: envTrustProxy,
  PORT: envPort(4000),
  HOST: z.string().default('127.0.0.1'),
  NODE_ENV: nodeEnv,
  LOG_LEVEL: z.string().default('info'),
});

export type ApiConfig = z.output<typeof schema>;

export function loadApiConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  return loadConfig('api', schema, env);
}
