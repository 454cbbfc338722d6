import { loadTrustedKeys, type TokenVerifier, verifyAccessToken } from '@hormohelp/server-kit';
import { createRemoteJWKSet } from 'jose';

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
