import type { RouteOptions } from 'fastify';

type HookName = 'onRequest' | 'preValidation';

/**
 * Makes `hook` the first of the route's own `name` hooks (they run after the server's global ones),
 * from an `onRoute` hook: a check only some routes need costs the others nothing.
 */
export function prependHook(route: RouteOptions, name: HookName, hook: (...args: never[]) => unknown): void {
  const own = route[name];
  const list = own === undefined ? [] : Array.isArray(own) ? own : [own];
  (route as unknown as Record<HookName, unknown[]>)[name] = [hook, ...list];
}
