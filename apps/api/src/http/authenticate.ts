import type { AccessTokenClaims } from '@hormohelp/contracts';
import { AppError, type Guard, loadTrustedKeys, verifyAccessToken } from '@hormohelp/server-kit';
import { createRemoteJWKSet } from 'jose';

export type TokenVerifier = (token: string) => Promise<AccessTokenClaims>;

/**
 * Verifies access tokens locally, with the key the token's `kid` names: from a PEM file (one key, or
 * during a key rotation the current and the other) or from the auth service's JWKS, which jose
 * fetches again when a token names a key it has not seen. No call to the auth service per request.
 */
export async function createTokenVerifier(
  source: { publicKeyPath: string } | { jwksUrl: string },
): Promise<TokenVerifier> {
  const keyFor =
    'jwksUrl' in source
      ? createRemoteJWKSet(new URL(source.jwksUrl))
      : (await loadTrustedKeys(source.publicKeyPath)).keyFor;
  return (token) => verifyAccessToken(token, keyFor);
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
