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
  importPKCS8,
  importSPKI,
  type JWK,
  jwtVerify,
  SignJWT,
} from 'jose';

const ALGORITHM = 'RS256';
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

export interface AccessTokens {
  /** The key id: the RFC 7638 thumbprint of the public key. */
  kid: string;
  jwks: { keys: JWK[] };
  sign(user: { id: string; email: string; emailVerified: boolean }): Promise<string>;
  /** RS256 only, our kid, `iss`, `aud` and `exp` checked; throws on anything else. */
  verify(token: string): Promise<AccessTokenClaims>;
}

/** Loads the key pair from PEM files and refuses to start when the two halves do not belong together. */
export async function loadAccessTokens(privateKeyPath: string, publicKeyPath: string): Promise<AccessTokens> {
  const privateKey = await importPKCS8(await readFile(privateKeyPath, 'utf8'), ALGORITHM);
  const publicKey = await importSPKI(await readFile(publicKeyPath, 'utf8'), ALGORITHM, { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk, 'sha256');

  const tokens: AccessTokens = {
    kid,
    jwks: { keys: [{ ...publicJwk, kid, alg: ALGORITHM, use: 'sig' }] },
    sign: (user) =>
      new SignJWT({ email: user.email, emailVerified: user.emailVerified })
        .setProtectedHeader({ alg: ALGORITHM, kid, typ: 'JWT' })
        .setSubject(user.id)
        .setIssuer(TOKEN_ISSUER)
        .setAudience(TOKEN_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(`${ACCESS_TOKEN_TTL_SECONDS}s`)
        .sign(privateKey),
    async verify(token) {
      const { payload, protectedHeader } = await jwtVerify(token, publicKey, {
        algorithms: [ALGORITHM],
        issuer: TOKEN_ISSUER,
        audience: TOKEN_AUDIENCE,
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      if (protectedHeader.kid !== kid) throw new Error('unknown key id');
      const claims = accessTokenClaimsSchema.parse(payload);
      // jose checks `iat` against nothing: a token issued in the future is not valid yet (60 s of skew).
      if (claims.iat > Date.now() / 1000 + 60) throw new Error('token issued in the future');
      return claims;
    },
  };

  const probe = await tokens.sign({
    id: '00000000-0000-4000-8000-000000000000',
    email: 'probe',
    emailVerified: false,
  });
  await tokens.verify(probe).catch(() => {
    throw new Error(
      'auth: JWT_PRIVATE_KEY_PATH and JWT_PUBLIC_KEY_PATH are not the two halves of one key pair',
    );
  });
  return tokens;
}
