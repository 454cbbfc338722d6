import { parse } from 'fast-querystring';

export type Query = Record<string, string | string[]>;

/**
 * Query parameters by name, parsed by fast-querystring (Fastify's own parser, several times faster
 * than URLSearchParams on the short queries the API gets). A name given more than once is a list,
 * and so is a bracketed one (`category[]=a`, `limit[x]=1`, the qs notation for structure): the
 * name's schema, wanting one value, then refuses it with validation_error instead of the parameter
 * being silently ignored.
 */
export function parseQuery(search: string): Query {
  // No prototype: `?__proto__=…` is a parameter like any other, not a way to reach Object.prototype.
  const parsed: Query = search ? parse(search) : Object.create(null);
  if (!search.includes('[') && !search.includes('%5B') && !search.includes('%5b')) return parsed;
  const query: Query = Object.create(null);
  for (const rawName of Object.keys(parsed)) {
    const bracket = rawName.indexOf('[');
    const name = bracket > 0 ? rawName.slice(0, bracket) : rawName;
    const values = ([] as string[]).concat(parsed[rawName]!);
    const existing = query[name];
    if (existing === undefined) query[name] = bracket > 0 || values.length > 1 ? values : values[0]!;
    else query[name] = ([] as string[]).concat(existing, values);
  }
  return query;
}
