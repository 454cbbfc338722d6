import type { AccessTokenClaims } from '@hormohelp/contracts';
import { AppError } from '@hormohelp/server-kit';
import type { Request } from 'express';
import type { AuthDeps } from '../deps';

const BEARER = /^Bearer (\S+)$/;

/** The claims of the request's valid access token; 401 `unauthorized` without one. */
export async function readBearerClaims(
  deps: Pick<AuthDeps, 'tokens'>,
  req: Request,
): Promise<AccessTokenClaims> {
  const token = BEARER.exec(req.get('authorization') ?? '')?.[1];
  const claims = token ? await deps.tokens.verify(token).catch(() => undefined) : undefined;
  if (!claims)
    throw new AppError('unauthorized', { message: 'Your session has expired. Please sign in again.' });
  return claims;
}
