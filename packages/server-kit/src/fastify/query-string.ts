export type Query = Record<string, string | string[]>;

/**
 * Query parameters by name. A name given more than once is a list, and so is a bracketed one
 * (`category[]=a`, `limit[x]=1`, the qs notation for structure): the name's schema, wanting one
 * value, then refuses it with validation_error instead of the parameter being silently ignored.
 */
export function parseQuery(search: string): Query {
  // No prototype: `?__proto__=…` is a parameter like any other, not a way to reach Object.prototype.
  const query: Query = Object.create(null);
  if (!search) return query;
  for (const [rawName, value] of new URLSearchParams(search)) {
    const bracket = rawName.indexOf('[');
    const name = bracket > 0 ? rawName.slice(0, bracket) : rawName;
    const existing = query[name];
    if (existing === undefined) query[name] = bracket > 0 ? [value] : value;
    else if (Array.isArray(existing)) existing.push(value);
    else query[name] = [existing, value];
  }
  return query;
}
