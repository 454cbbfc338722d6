import { z } from 'zod';

/**
 * Reads the environment once, at start, into a typed object. Every missing or malformed variable is
 * reported, one line each naming it, and the process exits: a service never runs half-configured.
 */
export function loadConfig<T extends z.ZodType>(
  service: string,
  schema: T,
  env: NodeJS.ProcessEnv = process.env,
): z.output<T> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const name = issue.path.join('.');
    const missing = env[name] === undefined || env[name] === '';
    return `${service}: ${missing ? 'missing required environment variable' : 'invalid environment variable'} ${name}${missing ? '' : ` (${issue.message})`}`;
  });
  throw new ConfigError(lines.join('\n'));
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Environment booleans: "true"/"1" and "false"/"0". */
export const envBoolean = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

/**
 * TRUST_PROXY, which peers may say who the client is (X-Forwarded-For), as Express's `trust proxy`
 * reads it: `true`/`false`, a hop count, or addresses and names such as 'loopback, 10.0.0.0/8'.
 */
export const envTrustProxy = z
  .string()
  .trim()
  .min(1)
  .default('loopback')
  .transform((value): TrustProxySetting => {
    if (value === 'true' || value === 'false') return value === 'true';
    return /^\d+$/.test(value) ? Number(value) : value;
  });

export type TrustProxySetting = boolean | number | string;

export const envPort = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

export const nodeEnv = z.enum(['development', 'production', 'test']).default('development');
