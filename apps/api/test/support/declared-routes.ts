/**
 * The API's routes as its own declarations make them, read from a Fastify instance that is built
 * but never listens: no route list is kept by hand anywhere, here or in a test.
 */

import { createPool } from '@hormohelp/db';
import { createLogger, createMemoryRateLimitStore } from '@hormohelp/server-kit';
import type { RouteOptions } from 'fastify';
import type { ZodObject, ZodType } from 'zod';
import { createApp } from '../../src/app';
import { loadApiConfig } from '../../src/config';

export interface DeclaredRoute {
  /** Lower case, as in an OpenAPI document. */
  method: 'get' | 'post' | 'patch' | 'delete';
  /** The OpenAPI path template: `{id}` for a parameter. */
  path: string;
  /** How the caller proves who they are: a bearer token, the refresh cookie, Razorpay's signature, or not at all. */
  auth: 'bearer' | 'refresh-cookie' | 'razorpay-signature' | 'none';
  verifiedEmail: boolean;
  /** The auth service answers it, through the API's proxy. */
  proxied: boolean;
  body?: ZodType;
  query?: ZodObject;
}

type Schema = {
  hide?: boolean;
  body?: ZodType;
  querystring?: ZodObject;
  security?: Record<string, string[]>[];
};

/** Every documented route the API registers (HEAD twins and hidden routes left out). */
export async function declaredRoutes(): Promise<DeclaredRoute[]> {
  const config = loadApiConfig({
    // Never connected to: the app is built, not started.
    DATABASE_URL: 'postgres://nobody@127.0.0.1:9/none',
    RAZORPAY_KEY_ID: 'rzp_test_routes',
    RAZORPAY_KEY_SECRET: 'routes',
    RAZORPAY_WEBHOOK_SECRET: 'routes',
    LOG_LEVEL: 'silent',
  });
  const pool = createPool(config.DATABASE_URL, { applicationName: 'routes' });
  const routes: RouteOptions[] = [];
  const app = await createApp(
    {
      config,
      pool,
      exportPool: pool,
      logger: createLogger('routes', 'silent'),
      now: () => new Date(),
      verifyToken: async () => {
        throw new Error('no token is checked here');
      },
      rateLimits: createMemoryRateLimitStore(),
    },
    { onRoute: (route) => routes.push(route) },
  );
  await app.close();
  await pool.end();
  return routes.flatMap((route) => {
    const schema = (route.schema ?? {}) as Schema;
    const methods = [route.method].flat().map((method) => method.toLowerCase());
    if (schema.hide || methods.includes('head')) return [];
    const config = (route.config ?? {}) as { access?: string; proxied?: boolean };
    const security = JSON.stringify(schema.security ?? []);
    const auth: DeclaredRoute['auth'] = security.includes('razorpaySignature')
      ? 'razorpay-signature'
      : security.includes('refreshCookie')
        ? 'refresh-cookie'
        : config.access === 'public'
          ? 'none'
          : 'bearer';
    return methods.map((method) => ({
      method: method as DeclaredRoute['method'],
      path: route.url.replace(/:(\w+)/g, '{$1}'),
      auth,
      verifiedEmail: config.access === 'verified',
      proxied: config.proxied === true,
      body: schema.body,
      query: schema.querystring,
    }));
  });
}
