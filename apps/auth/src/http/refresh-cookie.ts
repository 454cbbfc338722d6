import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { REFRESH_TOKEN_TTL_SECONDS } from '../deps';

const NAME = 'refresh_token';
const TOKEN = /^[0-9a-f]{64}$/;
/** The earliest expiry a cookie can carry: the browser drops it at once. */
const LONG_AGO = new Date(1);

// Path=/auth (not only /auth/refresh) so that logout receives the cookie and can revoke it.
function options(isProduction: boolean): CookieSerializeOptions {
  return { httpOnly: true, sameSite: 'strict', path: '/auth', secure: isProduction };
}

/** HttpOnly; SameSite=Strict; Path=/auth; Max-Age=604800 and the matching Expires; Secure in production. */
export function setRefreshCookie(reply: FastifyReply, token: string, isProduction: boolean): void {
  reply.setCookie(NAME, token, {
    ...options(isProduction),
    maxAge: REFRESH_TOKEN_TTL_SECONDS,
    expires: new Date(Date.now() + REFRESH_TOKEN_TTL_SECONDS * 1000),
  });
}

/** An empty cookie that expired in 1970, with the attributes it was set with. */
export function clearRefreshCookie(reply: FastifyReply, isProduction: boolean): void {
  reply.setCookie(NAME, '', { ...options(isProduction), expires: LONG_AGO });
}

/**
 * The refresh token from the Cookie header; anything not shaped like one of ours counts as none.
 * Among several refresh_token cookies (one set for a wider path by a sibling site), the first one
 * shaped like ours counts.
 */
export function readRefreshCookie(request: FastifyRequest): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === NAME) {
      const value = part.slice(separator + 1).trim();
      if (TOKEN.test(value)) return value;
    }
  }
  return undefined;
}
