import { envBoolean, envPort, envTrustProxy, loadConfig, nodeEnv } from '@hormohelp/server-kit';
import { z } from 'zod';

const schema = z.object({
  DATABASE_URL: z.string().min(1),
  JWT_PRIVATE_KEY_PATH: z.string().min(1),
  JWT_PUBLIC_KEY_PATH: z.string().min(1),
  SMTP_HOST: z.string().min(1),
  SMTP_PORT: envPort(587),
  SMTP_SECURE: envBoolean.default(false),
  SMTP_USER: z.string().optional(),
  SMTP_PASS: z.string().optional(),
  SMTP_FROM: z.string().min(1),
  FRONTEND_ORIGIN: z.url().default('http://localhost:5173'),
  PORT: envPort(8001),
  HOST: z.string().default('127.0.0.1'),
  NODE_ENV: nodeEnv,
  TRUST_PROXY: envTrustProxy,
  RATE_LIMIT_STORE: z.enum(['memory', 'postgres']).default('memory'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type AuthConfig = z.output<typeof schema>;

export function loadAuthConfig(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  return loadConfig('auth', schema, env);
}
