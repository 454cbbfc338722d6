import { createHmac } from 'node:crypto';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthHarness, startAuthHarness } from './support/auth-harness';
import { createVerifiedUser } from './support/flows';

let h: AuthHarness;
let user: { id: string; email: string };
let accessToken: string;
let kid: string;

beforeAll(async () => {
  h = await startAuthHarness();
  const created = await createVerifiedUser(h);
  user = created.user;
  accessToken = created.accessToken;
  kid = await calculateJwkThumbprint(await exportJWK(h.keys.publicKey), 'sha256');
});
afterAll(() => h.stop());

const b64url = (value: unknown) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const claims = () => ({
  sub: user.id,
  email: user.email,
  emailVerified: true,
  iss: 'hormohelp-auth',
  aud: 'hormohelp',
});
const me = (token: string) => h.request('GET', '/auth/me', { bearer: token });

function sign(payload: Record<string, unknown>, options: { kid?: string; expiresIn?: string | number } = {}) {
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? kid })
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '15m')
    .sign(h.keys.privateKey);
}

async function expectRejected(token: string) {
  const response = await me(token);
  expect(response.status).toBe(401);
  expect(response.body.error).toMatchObject({
    code: 'unauthorized',
    message: 'Your session has expired. Please sign in again.',
  });
}

describe('GET /auth/me', () => {
  it('answers the user read fresh from the database for a valid token', async () => {
    await h.db.query("UPDATE users SET name = 'Asha R.' WHERE id = $1", [user.id]);
    const response = await me(accessToken);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.body.user).toMatchObject({
      id: user.id,
      email: user.email,
      name: 'Asha R.',
      emailVerified: true,
    });
    expect(await me(await sign(claims()))).toMatchObject({ status: 200 });
  });

  it('rejects a missing or non-Bearer Authorization header, with an answer no cache keeps', async () => {
    const missing = await h.request('GET', '/auth/me');
    expect(missing.status).toBe(401);
    expect(missing.headers.get('cache-control')).toBe('no-store');
    expect(missing.body.error).toMatchObject({
      code: 'unauthorized',
      message: 'Please sign in to continue.',
    });
    expect(
      (await h.request('GET', '/auth/me', { headers: { authorization: `Basic ${accessToken}` } })).status,
    ).toBe(401);
  });

  it('rejects alg none', async () => {
    const now = Math.floor(Date.now() / 1000);
    await expectRejected(
      `${b64url({ alg: 'none', typ: 'JWT', kid })}.${b64url({ ...claims(), iat: now, exp: now + 900 })}.`,
    );
  });

  it('rejects HS256 signed with the public key as the HMAC secret', async () => {
    const now = Math.floor(Date.now() / 1000);
    const input = `${b64url({ alg: 'HS256', typ: 'JWT', kid })}.${b64url({ ...claims(), iat: now, exp: now + 900 })}`;
    const signature = createHmac('sha256', h.keys.publicKeyPem).update(input).digest('base64url');
    await expectRejected(`${input}.${signature}`);
  });

  it('rejects a wrong kid, even with a valid signature', async () => {
    await expectRejected(await sign(claims(), { kid: 'another-key' }));
  });

  it('rejects a token signed by another key with our kid', async () => {
    const other = await generateKeyPair('RS256');
    const token = await new SignJWT(claims())
      .setProtectedHeader({ alg: 'RS256', kid })
      .setIssuedAt()
      .setExpirationTime('15m')
      .sign(other.privateKey);
    await expectRejected(token);
  });

  it('rejects a tampered payload', async () => {
    const [header, payload, signature] = accessToken.split('.');
    const changed = {
      ...JSON.parse(Buffer.from(payload!, 'base64url').toString()),
      emailVerified: false,
      sub: user.id,
    };
    changed.email = 'someone-else@example.com';
    await expectRejected(`${header}.${b64url(changed)}.${signature}`);
  });

  it('rejects a wrong audience and a wrong issuer', async () => {
    await expectRejected(await sign({ ...claims(), aud: 'another-service' }));
    await expectRejected(await sign({ ...claims(), iss: 'someone-else' }));
  });

  it('rejects an expired token', async () => {
    await expectRejected(await sign(claims(), { expiresIn: Math.floor(Date.now() / 1000) - 5 }));
  });

  it('rejects a valid token whose user no longer exists', async () => {
    const doomed = await createVerifiedUser(h);
    await h.db.query('DELETE FROM users WHERE id = $1', [doomed.user.id]);
    const response = await me(doomed.accessToken);
    expect([response.status, response.body.error.code]).toEqual([401, 'unauthorized']);
  });
});
