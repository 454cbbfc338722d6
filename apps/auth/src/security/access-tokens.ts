import { createPublicKey } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { type AccessTokenClaims, TOKEN_AUDIENCE, TOKEN_ISSUER } from '@hormohelp/contracts';
import {
  ACCESS_TOKEN_ALGORITHM,
  jwkThumbprint,
  loadTrustedKeys,
  type PublishedKey,
  verifyAccessToken,
} from '@hormohelp/server-kit';
import { exportJWK, importPKCS8, SignJWT } from 'jose';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

export interface AccessTokens {
  /** The signing key's id: the RFC 7638 thumbprint of its public half. */
  kid: string;
  /** Every key a token may be verified with: the signing key first, then any other of a rotation. */
  jwks: { keys: PublishedKey[] };
  sign(user: { id: string; email: string; emailVerified: boolean }): Promise<string>;
  /** RS256 only, a trusted kid, `iss`, `aud` and `exp` checked; throws on anything else. */
  verify(token: string): Promise<AccessTokenClaims>;
}

/**
 * Loads the signing key and the public keys to publish and accept. The public file holds the signing
 * key's public half and, during a key rotation, the other key's (docs/deploy.md): the auth service
 * refuses to start when the signing key's public half is not among them.
 */
export async function loadAccessTokens(privateKeyPath: string, publicKeyPath: string): Promise<AccessTokens> {
  const privatePem = await readFile(privateKeyPath, 'utf8');
  const privateKey = await importPKCS8(privatePem, ACCESS_TOKEN_ALGORITHM);
  const kid = await jwkThumbprint(await exportJWK(createPublicKey(privatePem)));
  const trusted = await loadTrustedKeys(publicKeyPath);
  if (!trusted.jwks.keys.some((key) => key.kid === kid))
    throw new Error('auth: JWT_PUBLIC_KEY_PATH does not hold the public half of JWT_PRIVATE_KEY_PATH');

  return {
    kid,
    // The signing key first: a verifier that takes the first key without looking at `kid` still works.
    jwks: { keys: [...trusted.jwks.keys].sort((a, b) => Number(b.kid === kid) - Number(a.kid === kid)) },
    sign: (user) =>
      new SignJWT({ email: user.email, emailVerified: user.emailVerified })
        .setProtectedHeader({ alg: ACCESS_TOKEN_ALGORITHM, kid, typ: 'JWT' })
        .setSubject(user.id)
        .setIssuer(TOKEN_ISSUER)
        .setAudience(TOKEN_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(`${ACCESS_TOKEN_TTL_SECONDS}s`)
        .sign(privateKey),
    verify: (token) => verifyAccessToken(token, trusted.keyFor),
  };
}
