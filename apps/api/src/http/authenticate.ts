import { readFile } from 'node:fs/promises';
import {
  type AccessTokenClaims,
  accessTokenClaimsSchema,
  TOKEN_AUDIENCE,
  TOKEN_ISSUER,
} from '@hormohelp/contracts';
import { AppError, type Guard } from '@hormohelp/server-kit';
import { createRemoteJWKSet, importSPKI, jwtVerify } from 'jose';

export type TokenVerifier = (token: string) => Promise<AccessTokenClaims>;

/**
 * Verifies access tokens locally: RS256 only, `iss`, `aud` and `exp` checked, with the public key
 * from a PEM file or from the auth service's JWKS. No call to the auth service per request.
 */
export async function createTokenVerifier(
  source: { publicKeyPath: string } | { jwksUrl: string },
): Promise<TokenVerifier> {
  const options = {
    algorithms: ['RS256'],
    issuer: TOKEN_ISSUER,
    audience: TOKEN_AUDIENCE,
    requiredClaims: ['sub', 'exp', 'iat'],
  };
  if ('jwksUrl' in source) {
    const jwks = createRemoteJWKSet(new URL(source.jwksUrl));
    return async (token) =>
      refuseFutureIssue(accessTokenClaimsSchema.parse((await jwtVerify(token, jwks, options)).payload));
  }
  const key = await importSPKI(await readFile(source.publicKeyPath, 'utf8'), 'RS256');
  return async (token) =>
    refuseFutureIssue(accessTokenClaimsSchema.parse((await jwtVerify(token, key, options)).payload));
}

/** Clocks of the issuer and the verifiers may differ by this much; jose checks `iat` against nothing. */
const MAX_CLOCK_SKEW_SECONDS = 60;

/** A token claiming to be issued in the future is not valid yet, as one with a future `nbf` is not. */
function refuseFutureIssue(claims: AccessTokenClaims): AccessTokenClaims {
  if (claims.iat > Date.now() / 1000 + MAX_CLOCK_SKEW_SECONDS) throw new Error('token issued in the future');
  return claims;
}

const BEARER = /^Bearer ([\w-]+\.[\w-]+\.[\w-]*)$/;

/** The claims of the request's valid access token; 401 `unauthorized` when it has none. */
export async function authenticate(
  verify: TokenVerifier,
  authorization: string | undefined,
): Promise<AccessTokenClaims> {
  const match = BEARER.exec(authorization ?? '');
  if (!match?.[1]) throw new AppError('unauthorized');
  try {
    return await verify(match[1]);
  } catch {
    throw new AppError('unauthorized', { message: 'Your session has expired. Please sign in again.' });
  }
}

/** Writing to the community, booking and paying need a verified email: 403 `email_not_verified`. */
export const requireVerifiedEmail: Guard<{ user: AccessTokenClaims }> = ({ user }) => {
  if (!user.emailVerified) throw new AppError('email_not_verified');
};
