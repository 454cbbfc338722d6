import { readFile } from 'node:fs/promises';
import {
  type AccessTokenClaims,
  accessTokenClaimsSchema,
  TOKEN_AUDIENCE,
  TOKEN_ISSUER,
} from '@hormohelp/contracts';
import {
  calculateJwkThumbprint,
  exportJWK,
  importSPKI,
  type JWK,
  type JWTHeaderParameters,
  type JWTVerifyGetKey,
  jwtVerify,
} from 'jose';

export const ACCESS_TOKEN_ALGORITHM = 'RS256';

/** A public key as the JWKS publishes it: `kid` is the RFC 7638 thumbprint, so it names the key itself. */
export type PublishedKey = JWK & { kid: string };

/** The public keys access tokens may be signed with, by key id. */
export interface TrustedKeys {
  jwks: { keys: PublishedKey[] };
  /** The key a token's header names; throws for a token without a `kid` or with one not trusted. */
  keyFor: JWTVerifyGetKey;
}

const PUBLIC_KEY_PEM = /-----BEGIN PUBLIC KEY-----[\s\S]+?-----END PUBLIC KEY-----/g;

/**
 * Reads the public keys of a PEM file (SPKI). Usually it holds one; during a key rotation it holds
 * two, one after the other, so every verifier accepts tokens of the old and of the new key.
 */
export async function loadTrustedKeys(publicKeyPath: string): Promise<TrustedKeys> {
  const pems = (await readFile(publicKeyPath, 'utf8')).match(PUBLIC_KEY_PEM) ?? [];
  if (pems.length === 0) throw new Error(`${publicKeyPath} holds no PEM public key (BEGIN PUBLIC KEY)`);
  const byKid = new Map<string, { jwk: PublishedKey; key: Awaited<ReturnType<typeof importSPKI>> }>();
  for (const pem of pems) {
    const key = await importSPKI(pem, ACCESS_TOKEN_ALGORITHM, { extractable: true });
    const jwk = await exportJWK(key);
    const kid = await jwkThumbprint(jwk);
    byKid.set(kid, { jwk: { ...jwk, kid, alg: ACCESS_TOKEN_ALGORITHM, use: 'sig' }, key });
  }
  return {
    jwks: { keys: [...byKid.values()].map(({ jwk }) => jwk) },
    keyFor(header: JWTHeaderParameters) {
      const trusted = header.kid === undefined ? undefined : byKid.get(header.kid);
      if (!trusted) throw new Error('the token names no trusted key id');
      return trusted.key;
    },
  };
}

/** A key's id: the RFC 7638 SHA-256 thumbprint, which reads only the public half. */
export function jwkThumbprint(jwk: JWK): Promise<string> {
  return calculateJwkThumbprint(jwk, 'sha256');
}

/** Clocks of the issuer and the verifiers may differ by this much; jose checks `iat` against nothing. */
const MAX_CLOCK_SKEW_SECONDS = 60;

/**
 * An access token's claims, or a throw: RS256 only, signed by the key its `kid` names among `keyFor`'s,
 * `iss`, `aud` and `exp` checked, the contract's claims present, not issued in the future.
 */
export async function verifyAccessToken(token: string, keyFor: JWTVerifyGetKey): Promise<AccessTokenClaims> {
  const { payload } = await jwtVerify(token, keyFor, {
    algorithms: [ACCESS_TOKEN_ALGORITHM],
    issuer: TOKEN_ISSUER,
    audience: TOKEN_AUDIENCE,
    requiredClaims: ['sub', 'exp', 'iat'],
  });
  const claims = accessTokenClaimsSchema.parse(payload);
  if (claims.iat > Date.now() / 1000 + MAX_CLOCK_SKEW_SECONDS) throw new Error('token issued in the future');
  return claims;
}
