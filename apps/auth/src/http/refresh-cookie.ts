import type { CookieOptions, Request, Response } from 'express';
import { REFRESH_TOKEN_TTL_SECONDS } from '../deps';

const NAME = 'refresh_token';
const TOKEN = /^[0-9a-f]{64}$/;

// Path=/auth (not only /auth/refresh) so that logout receives the cookie and can revoke it.
function options(isProduction: boolean): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', path: '/auth', secure: isProduction };
}

/** HttpOnly; SameSite=Strict; Path=/auth; Max-Age=604800; Secure in production. */
export function setRefreshCookie(res: Response, token: string, isProduction: boolean): void {
  res.cookie(NAME, token, { ...options(isProduction), maxAge: REFRESH_TOKEN_TTL_SECONDS * 1000 });
}

export function clearRefreshCookie(res: Response, isProduction: boolean): void {
  res.clearCookie(NAME, options(isProduction));
}

/** The refresh token from the Cookie header; anything not shaped like one of ours counts as none. */
export function readRefreshCookie(req: Request): string | undefined {
  for (const part of (req.get('cookie') ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === NAME) {
      const value = part.slice(separator + 1).trim();
      if (TOKEN.test(value)) return value;
    }
  }
  return undefined;
}
