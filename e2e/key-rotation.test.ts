/**
 * A signing-key rotation without a single refused request, as docs/deploy.md describes it: first
 * every verifier learns the next key (auth publishes it in the JWKS), then auth signs with it while
 * still accepting the previous one, and only when the last token of the previous key has expired is
 * that key dropped. Real auth services on one database, the API verifying through the auth service's
 * JWKS (and, at the end, from PEM files), people's sessions carried across by their refresh cookie.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { calculateJwkThumbprint, decodeProtectedHeader, exportJWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start as startApi } from '../apps/api/src/app';
import { loadApiConfig } from '../apps/api/src/config';
import {
  type AuthHarness,
  generateKeys,
  type KeyMaterial,
  startAuthHarness,
} from '../apps/auth/test/support/auth-harness';
import { createVerifiedUser } from '../apps/auth/test/support/flows';

type Api = Awaited<ReturnType<typeof startApi>>;

const kidOf = async (keys: KeyMaterial) => calculateJwkThumbprint(await exportJWK(keys.publicKey), 'sha256');

let before: AuthHarness;
let next: KeyMaterial;
const running: Array<{ stop(): Promise<void> }> = [];
let session: { accessToken: string; refreshToken: string };

beforeAll(async () => {
  before = await startAuthHarness();
  next = await generateKeys();
  session = await createVerifiedUser(before);
});
afterAll(async () => {
  for (const service of running.reverse()) await service.stop();
  await before?.stop();
});

/** One public-key file holding both keys, `first`'s PEM then `second`'s, as the rotation's steps use. */
async function bothPublicKeys(first: KeyMaterial, second: KeyMaterial): Promise<string> {
  const path = join(dirname(next.publicKeyPath), `both-${await kidOf(first)}.pem`);
  await writeFile(
    path,
    `${await readFile(first.publicKeyPath, 'utf8')}\n${await readFile(second.publicKeyPath, 'utf8')}`,
  );
  return path;
}

/** Another auth instance on the same database, with other key files. */
async function authWith(env: Record<string, string>) {
  const auth = await startAuthHarness({ shareWith: before, env });
  running.push(auth);
  return auth;
}

async function apiWith(env: Record<string, string>): Promise<Api> {
  const api = await startApi(
    loadApiConfig({
      DATABASE_URL: before.databaseUrl,
      AUTH_SERVICE_URL: before.url,
      RAZORPAY_KEY_ID: 'rzp_test_rotation',
      RAZORPAY_KEY_SECRET: 'rotation_key_secret',
      RAZORPAY_WEBHOOK_SECRET: 'rotation_webhook_secret',
      RAZORPAY_API_URL: 'http://127.0.0.1:9',
      PORT: '0',
      LOG_LEVEL: 'silent',
      ...env,
    }),
  );
  running.push(api);
  return api;
}

const symptomsStatus = async (api: Api, token: string) =>
  (await fetch(`${api.url}/api/symptoms`, { headers: { authorization: `Bearer ${token}` } })).status;

const meStatus = async (auth: AuthHarness, token: string) =>
  (await auth.request('GET', '/auth/me', { bearer: token })).status;

const jwksKids = async (auth: AuthHarness) =>
  ((await auth.request('GET', '/auth/.well-known/jwks.json')).body.keys as Array<{ kid: string }>).map(
    (key) => key.kid,
  );

describe('rotating the access-token signing key', () => {
  let publishing: AuthHarness;
  let signingNext: AuthHarness;
  let viaJwks: Api;
  let tokenOfNextKey: string;

  it('1. publishes the next key beside the current one, still signing with the current one', async () => {
    publishing = await authWith({ JWT_PUBLIC_KEY_PATH: await bothPublicKeys(before.keys, next) });
    expect(await jwksKids(publishing)).toEqual([await kidOf(before.keys), await kidOf(next)]);

    viaJwks = await apiWith({ AUTH_JWKS_URL: `${publishing.url}/auth/.well-known/jwks.json` });
    expect(await symptomsStatus(viaJwks, session.accessToken)).toBe(200);
  });

  it('2. signs with the next key; tokens of both keys are accepted by auth and by the API', async () => {
    const nextThenBefore = await bothPublicKeys(next, before.keys);
    signingNext = await authWith({
      JWT_PRIVATE_KEY_PATH: next.privateKeyPath,
      JWT_PUBLIC_KEY_PATH: nextThenBefore,
    });
    expect(await jwksKids(signingNext)).toEqual([await kidOf(next), await kidOf(before.keys)]);
    const refreshed = await signingNext.request('POST', '/auth/refresh', {
      refreshToken: session.refreshToken,
    });
    expect(refreshed.status).toBe(200);
    tokenOfNextKey = refreshed.body.accessToken;
    expect(decodeProtectedHeader(tokenOfNextKey).kid).toBe(await kidOf(next));

    // The API learnt the next key in step 1, from the JWKS it had already fetched.
    expect(await symptomsStatus(viaJwks, tokenOfNextKey)).toBe(200);
    expect(await symptomsStatus(viaJwks, session.accessToken)).toBe(200);
    expect(await meStatus(signingNext, tokenOfNextKey)).toBe(200);
    expect(await meStatus(signingNext, session.accessToken)).toBe(200);

    // An API that reads the PEM file instead takes both keys from it.
    const viaFiles = await apiWith({ AUTH_PUBLIC_KEY_PATH: nextThenBefore });
    expect(await symptomsStatus(viaFiles, tokenOfNextKey)).toBe(200);
    expect(await symptomsStatus(viaFiles, session.accessToken)).toBe(200);
  });

  it('refuses to start signing with a key it does not publish (a step taken out of order)', async () => {
    await expect(
      startAuthHarness({
        shareWith: before,
        env: { JWT_PRIVATE_KEY_PATH: next.privateKeyPath, JWT_PUBLIC_KEY_PATH: before.keys.publicKeyPath },
      }),
    ).rejects.toThrow(/JWT_PUBLIC_KEY_PATH does not hold the public half of JWT_PRIVATE_KEY_PATH/);
  });

  it('3. drops the previous key: its tokens are refused, the next key’s go on working', async () => {
    const after = await authWith({
      JWT_PRIVATE_KEY_PATH: next.privateKeyPath,
      JWT_PUBLIC_KEY_PATH: next.publicKeyPath,
    });
    expect(await jwksKids(after)).toEqual([await kidOf(next)]);
    expect(await meStatus(after, session.accessToken)).toBe(401);
    expect(await meStatus(after, tokenOfNextKey)).toBe(200);

    const viaFiles = await apiWith({ AUTH_PUBLIC_KEY_PATH: next.publicKeyPath });
    expect(await symptomsStatus(viaFiles, session.accessToken)).toBe(401);
    expect(await symptomsStatus(viaFiles, tokenOfNextKey)).toBe(200);
  });
});
