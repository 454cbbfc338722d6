/** Access tokens signed with the auth service's own private key and kid, any header or claim changed. */
import { readFile } from 'node:fs/promises';
import { TOKEN_AUDIENCE, TOKEN_ISSUER } from '@hormohelp/contracts';
import {
  calculateJwkThumbprint,
  exportJWK,
  importPKCS8,
  importSPKI,
  type JWTHeaderParameters,
  SignJWT,
} from 'jose';
import type { KeyPaths } from '../../scripts/lib/dev-keys';

export type TokenSigner = (
  claims: Record<string, unknown>,
  header?: Partial<JWTHeaderParameters>,
) => Promise<string>;

/** Claims default to the contract's (iss, aud, iat now, exp in 15 min); an undefined claim is removed. */
export async function loadTokenSigner(keys: KeyPaths): Promise<TokenSigner> {
  const privateKey = await importPKCS8(await readFile(keys.privateKeyPath, 'utf8'), 'RS256');
  const publicJwk = await exportJWK(await importSPKI(await readFile(keys.publicKeyPath, 'utf8'), 'RS256'));
  const kid = await calculateJwkThumbprint(publicJwk, 'sha256');
  return (claims, header = {}) => {
    const now = Math.floor(Date.now() / 1000);
    const payload: Record<string, unknown> = {
      iss: TOKEN_ISSUER,
      aud: TOKEN_AUDIENCE,
      iat: now,
      exp: now + 15 * 60,
      ...claims,
    };
    for (const key of Object.keys(payload)) if (payload[key] === undefined) delete payload[key];
    return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid, ...header }).sign(privateKey);
  };
}
