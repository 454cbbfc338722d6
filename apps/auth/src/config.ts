import { envPort, loadConfig, nodeEnv } from '@hormohelp/server-kit';
import { z } from 'zod';

const schema = z.object({
  DATABASE_URL: z.string().min(1),
  JWT_PRIVATE_KEY_PATH: z.string().min(1),
  JWT_PUBLIC_KEY_PATH: z.string().min(1),
  PORT: envPort(8001),
  HOST: z.string().default('127.0.0.1'),
  NODE_ENV: nodeEnv,
  FRONTEND_ORIGIN: z.url().default('http://localhost:5173'),
});

export type AuthConfig = z.output<typeof schema>;

export function loadAuthConfig(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  return loadConfig('auth', schema, env);
}
