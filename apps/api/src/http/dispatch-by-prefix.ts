import type { NextFunction, Request, RequestHandler, Response, Router } from 'express';

interface RouterLayer {
  route?: { path: unknown };
}

/** `/api/symptoms/42` → `/api/symptoms`: the first two segments, lower case (Express routes ignore case). */
function prefixOf(path: string): string {
  const [, first, second] = path.split('/', 3);
  return (second === undefined ? `/${first}` : `/${first}/${second}`).toLowerCase();
}

/** The prefix a route path answers under, or null when its first two segments hold a parameter or pattern. */
function routePrefixOf(path: string): string | null {
  const prefix = prefixOf(path);
  return /[:*?+()[\]]/.test(prefix) ? null : prefix;
}

/** The prefixes of a router's routes, or null when it has anything (middleware, a pattern) that could answer any path. */
function prefixesOf(router: Router): Set<string> | null {
  const prefixes = new Set<string>();
  for (const layer of router.stack as RouterLayer[]) {
    const path = layer.route?.path;
    const prefix = typeof path === 'string' ? routePrefixOf(path) : null;
    if (prefix === null) return null;
    prefixes.add(prefix);
  }
  return prefixes;
}

/**
 * The feature routers as one Express layer: a request is handed, in the routers' order, only to the
 * routers that have a route under its first two path segments, instead of walking every router's
 * routes. A router with middleware or a pattern route of its own is always tried. The routers' routes
 * are read once, here, so routes must be added before this is called (the feature factories do).
 */
export function dispatchByPrefix(routers: Router[]): RequestHandler {
  const known = routers.map((router) => ({ router, prefixes: prefixesOf(router) }));
  const allPrefixes = new Set(known.flatMap(({ prefixes }) => [...(prefixes ?? [])]));
  const byPrefix = new Map<string, Router[]>();
  for (const prefix of allPrefixes)
    byPrefix.set(
      prefix,
      known.filter(({ prefixes }) => prefixes === null || prefixes.has(prefix)).map(({ router }) => router),
    );
  const anyPath = known.filter(({ prefixes }) => prefixes === null).map(({ router }) => router);

  return (req: Request, res: Response, next: NextFunction) => {
    const candidates = byPrefix.get(prefixOf(req.path)) ?? anyPath;
    let index = 0;
    // Express 4 calls a router's `done` with a falsy value when it has no route for the request.
    const tryNext = (error?: unknown): void => {
      const router = candidates[index++];
      if (error && error !== 'router') next(error);
      else if (router === undefined) next();
      else router(req, res, tryNext);
    };
    tryNext();
  };
}
