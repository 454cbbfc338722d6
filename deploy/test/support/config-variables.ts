/**
 * The environment variables a service reads, taken from the zod object in apps/<service>/src/config.ts
 * (its keys are the variable names), so the deployment files are checked against the code itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export type Service = 'auth' | 'api';

/**
 * Read by the code but deliberately left unset by every deployment here, each with the reason.
 * Anything else a config schema reads must be wired.
 */
export const LEFT_UNSET: Record<Service, Record<string, string>> = {
  auth: {},
  api: {
    AUTH_JWKS_URL:
      'the public key comes from AUTH_PUBLIC_KEY_PATH; JWKS is the documented alternative for key rotation',
    EXPORT_STALL_MS: 'the default (30 s) is the production limit; tests shorten it',
    EXPORT_DEADLINE_MS: 'the default (5 minutes) is the production limit; tests shorten it',
  },
};

export function configVariables(service: Service): string[] {
  const source = readFileSync(join(ROOT, 'apps', service, 'src/config.ts'), 'utf8');
  const start = source.indexOf('z.object({');
  if (start < 0) throw new Error(`apps/${service}/src/config.ts has no z.object({ ... }) schema`);
  const body = source.slice(start, source.indexOf('\n});', start));
  const names = [...body.matchAll(/^\s+([A-Z][A-Z0-9_]*)\s*:/gm)].map((match) => match[1]!);
  if (!names.includes('DATABASE_URL')) throw new Error(`found no variables in apps/${service}/src/config.ts`);
  return names;
}

/** The variables a deployment must provide for the service. */
export function wiredVariables(service: Service): string[] {
  return configVariables(service).filter((name) => !(name in LEFT_UNSET[service]));
}
