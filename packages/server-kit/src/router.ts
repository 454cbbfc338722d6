/**
 * A route table for a plain node:http server: a request's method and path find one route (a map
 * lookup for fixed paths, a segment-by-segment walk for the few with `:params`), with no middleware
 * chain around it. Matching follows Express's defaults, which the API was first written against:
 * case-insensitive, a trailing slash ignored, HEAD served by the GET route.
 */

export type Params = Readonly<Record<string, string>>;

/** What a handler answers: a status and a JSON body (none for 204). */
export interface Reply {
  status: number;
  body?: unknown;
}

export const json = (body: unknown, status = 200): Reply => ({ status, body });
export const noContent = (): Reply => ({ status: 204 });

/** Runs before the handler and throws an AppError to refuse the request. */
export type Guard<C> = (context: C) => void;

/** Answers with a Reply, or with nothing once it has written the response itself (a stream). */
export type Handler<C> = (context: C) => Promise<Reply | undefined> | Reply | undefined;

export interface Route<C> {
  method: string;
  path: string;
  handler: Handler<C>;
  guards: readonly Guard<C>[];
  /** `json` (the default): parsed and checked; `raw`: the bytes, for a signature over them. */
  body: 'json' | 'raw';
  /** A public route needs no access token, even under a path that otherwise does. */
  isPublic: boolean;
}

export interface RouteMatch<C> {
  route: Route<C>;
  params: Params;
}

interface PatternRoute<C> {
  route: Route<C>;
  /** Lower-cased fixed segments; a `null` is a parameter, named in `names` at the same index. */
  segments: (string | null)[];
  names: (string | undefined)[];
}

const NO_PARAMS: Params = Object.freeze({});

type Steps<C> = [...Guard<C>[], Handler<C>];

export class Router<C> {
  private readonly fixed = new Map<string, Route<C>>();
  private readonly patterns: PatternRoute<C>[] = [];

  get(path: string, ...steps: Steps<C>): this {
    return this.add('GET', path, steps);
  }
  post(path: string, ...steps: Steps<C>): this {
    return this.add('POST', path, steps);
  }
  patch(path: string, ...steps: Steps<C>): this {
    return this.add('PATCH', path, steps);
  }
  delete(path: string, ...steps: Steps<C>): this {
    return this.add('DELETE', path, steps);
  }

  /** Adds a route with options the shorthands do not take (a raw body, no access token). */
  route(route: Pick<Route<C>, 'method' | 'path' | 'handler'> & Partial<Route<C>>): this {
    const full: Route<C> = { guards: [], body: 'json', isPublic: false, ...route };
    const segments = full.path.split('/');
    if (!segments.some((segment) => segment.startsWith(':'))) {
      const key = `${full.method} ${full.path.toLowerCase()}`;
      if (this.fixed.has(key)) throw new Error(`${key} is routed twice`);
      this.fixed.set(key, full);
      return this;
    }
    this.patterns.push({
      route: full,
      segments: segments.map((segment) => (segment.startsWith(':') ? null : segment.toLowerCase())),
      names: segments.map((segment) => (segment.startsWith(':') ? segment.slice(1) : undefined)),
    });
    return this;
  }

  /** Every route of `other`, after this one's. */
  use(other: Router<C>): this {
    for (const route of other.routes()) this.route(route);
    return this;
  }

  routes(): Route<C>[] {
    return [...this.fixed.values(), ...this.patterns.map(({ route }) => route)];
  }

  match(method: string, path: string): RouteMatch<C> | undefined {
    const routeMethod = method === 'HEAD' ? 'GET' : method;
    const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
    const fixed = this.fixed.get(`${routeMethod} ${trimmed.toLowerCase()}`);
    if (fixed) return { route: fixed, params: NO_PARAMS };
    const segments = trimmed.split('/');
    for (const pattern of this.patterns) {
      if (pattern.route.method !== routeMethod) continue;
      const params = paramsOf(pattern, segments);
      if (params) return { route: pattern.route, params };
    }
    return undefined;
  }

  private add(method: string, path: string, steps: Steps<C>): this {
    const handler = steps.at(-1) as Handler<C>;
    return this.route({ method, path, handler, guards: steps.slice(0, -1) as Guard<C>[] });
  }
}

function paramsOf<C>({ segments, names }: PatternRoute<C>, actual: string[]): Params | undefined {
  if (segments.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (let index = 0; index < segments.length; index++) {
    const expected = segments[index];
    const segment = actual[index]!;
    if (expected !== null) {
      if (segment.toLowerCase() !== expected) return undefined;
    } else {
      const value = decodeSegment(segment);
      if (!value) return undefined;
      params[names[index]!] = value;
    }
  }
  return params;
}

/** A percent-encoded segment, decoded; undefined when empty or not valid UTF-8 percent-encoding. */
function decodeSegment(segment: string): string | undefined {
  if (!segment) return undefined;
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
