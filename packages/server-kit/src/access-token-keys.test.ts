import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TOKEN_AUDIENCE, TOKEN_ISSUER } from '@hormohelp/contracts';
import {
  calculateJwkThumbprint,
  exportJWK,
  exportSPKI,
  generateKeyPair,
  type JWTHeaderParameters,
  SignJWT,
} from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTrustedKeys, verifyAccessToken } from './access-token-keys';

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>> & { kid: string; pem: string };

let dir: string;
let oldKey: KeyPair;
let newKey: KeyPair;

async function keyPair(): Promise<KeyPair> {
  const pair = await generateKeyPair('RS256', { extractable: true });
  const kid = await calculateJwkThumbprint(await exportJWK(pair.publicKey), 'sha256');
  return { ...pair, kid, pem: await exportSPKI(pair.publicKey) };
}

/** A public-key file holding these keys' PEMs, one after the other, as during a rotation. */
let files = 0;
async function publicKeyFile(...keys: KeyPair[]): Promise<string> {
  const path = join(dir, `public-${++files}.pem`);
  await writeFile(path, keys.map((key) => key.pem).join('\n'));
  return path;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'token-keys-'));
  [oldKey, newKey] = await Promise.all([keyPair(), keyPair()]);
});

const now = () => Math.floor(Date.now() / 1000);

function tokenSignedBy(key: KeyPair, header: Partial<JWTHeaderParameters> = { kid: key.kid }, iat = now()) {
  return new SignJWT({ email: 'a@example.com', emailVerified: true })
    .setProtectedHeader({ alg: 'RS256', ...header })
    .setSubject('00000000-0000-4000-8000-000000000001')
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + 900)
    .sign(key.privateKey);
}

describe('loadTrustedKeys', () => {
  it('refuses a file that holds no public key, naming it', async () => {
    const path = join(dir, 'empty.pem');
    await writeFile(path, 'not a key');
    await expect(loadTrustedKeys(path)).rejects.toThrow(path);
  });

  it('publishes each key once, under its RFC 7638 thumbprint, without its private half', async () => {
    const { jwks } = await loadTrustedKeys(await publicKeyFile(newKey, oldKey, newKey));
    expect(jwks.keys.map((key) => key.kid)).toEqual([newKey.kid, oldKey.kid]);
    for (const key of jwks.keys) {
      expect(key).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
      expect(key.d).toBeUndefined();
    }
  });
});

describe('verifyAccessToken with the keys of a rotation', () => {
  it('accepts a token signed by either trusted key, found by its kid', async () => {
    const { keyFor } = await loadTrustedKeys(await publicKeyFile(newKey, oldKey));
    await expect(verifyAccessToken(await tokenSignedBy(oldKey), keyFor)).resolves.toMatchObject({
      email: 'a@example.com',
    });
    await expect(verifyAccessToken(await tokenSignedBy(newKey), keyFor)).resolves.toMatchObject({
      email: 'a@example.com',
    });
  });

  it('refuses a token of a key no longer trusted once the rotation is over', async () => {
    const { keyFor } = await loadTrustedKeys(await publicKeyFile(newKey));
    await expect(verifyAccessToken(await tokenSignedBy(oldKey), keyFor)).rejects.toThrow(/no trusted key/);
  });

  it('refuses a token whose kid names one trusted key but whose signature is another key’s', async () => {
    const { keyFor } = await loadTrustedKeys(await publicKeyFile(newKey, oldKey));
    const forged = await tokenSignedBy(oldKey, { kid: newKey.kid });
    await expect(verifyAccessToken(forged, keyFor)).rejects.toThrow(/signature/);
  });

  it('refuses a token without a kid, even with one trusted key', async () => {
    const { keyFor } = await loadTrustedKeys(await publicKeyFile(oldKey));
    await expect(verifyAccessToken(await tokenSignedBy(oldKey, {}), keyFor)).rejects.toThrow(
      /no trusted key/,
    );
  });

  it('refuses a token issued more than a minute in the future', async () => {
    const { keyFor } = await loadTrustedKeys(await publicKeyFile(oldKey));
    const early = await tokenSignedBy(oldKey, { kid: oldKey.kid }, now() + 120);
    await expect(verifyAccessToken(early, keyFor)).rejects.toThrow(/future/);
  });
});
