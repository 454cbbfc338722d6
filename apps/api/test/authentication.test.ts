import { readFile } from 'node:fs/promises';
import { TOKEN_AUDIENCE, TOKEN_ISSUER } from '@hormohelp/contracts';
import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness, type TestUser } from './support/api-harness';

let api: ApiHarness;
let user: TestUser;
beforeAll(async () => {
  api = await startApiHarness();
  user = await api.createUser();
});
afterAll(() => api?.stop());

const PROTECTED_ROUTES: Array<[method: string, path: string]> = [
  ['PATCH', '/users/me'],
  ['GET', '/api/symptoms'],
  ['GET', '/api/symptoms/stats'],
  ['POST', '/api/symptoms'],
  ['DELETE', '/api/symptoms/6f1c1d5e-8a0b-4c3d-9e2f-1a2b3c4d5e6f'],
  ['GET', '/api/posts'],
  ['POST', '/api/posts'],
  ['POST', '/api/posts/6f1c1d5e-8a0b-4c3d-9e2f-1a2b3c4d5e6f/like'],
  ['DELETE', '/api/posts/6f1c1d5e-8a0b-4c3d-9e2f-1a2b3c4d5e6f'],
  ['GET', '/api/posts/6f1c1d5e-8a0b-4c3d-9e2f-1a2b3c4d5e6f/comments'],
  ['POST', '/api/posts/6f1c1d5e-8a0b-4c3d-9e2f-1a2b3c4d5e6f/comments'],
  ['GET', '/api/experts'],
  ['GET', '/api/bookings'],
  ['POST', '/api/bookings'],
  ['DELETE', '/api/bookings/6f1c1d5e-8a0b-4c3d-9e2f-1a2b3c4d5e6f'],
];

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const claimsOf = (person: TestUser) => ({ sub: person.id, email: person.email, emailVerified: true });
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Tokens that must never pass, each built the way an attacker or a bug would build it. */
const BAD_TOKENS: Array<[situation: string, build: () => Promise<string>]> = [
  ['an expired token', () => api.mintToken(claimsOf(user), { expiresIn: nowSeconds() - 60 })],
  [
    'an unsigned token (alg none)',
    async () =>
      `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url({ ...claimsOf(user), iss: TOKEN_ISSUER, aud: TOKEN_AUDIENCE, iat: nowSeconds(), exp: nowSeconds() + 600 })}.`,
  ],
  [
    'an HS256 token keyed with the public key (algorithm confusion)',
    async () => {
      const publicPem = await readFile(api.config.AUTH_PUBLIC_KEY_PATH);
      return new SignJWT(claimsOf(user))
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer(TOKEN_ISSUER)
        .setAudience(TOKEN_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('10m')
        .sign(new Uint8Array(publicPem));
    },
  ],
  [
    'a token signed by another RSA key',
    async () => {
      const { privateKey } = await generateKeyPair('RS256');
      // The trusted key's id, so the signature check is what refuses it.
      return new SignJWT(claimsOf(user))
        .setProtectedHeader({ alg: 'RS256', kid: api.kid })
        .setIssuer(TOKEN_ISSUER)
        .setAudience(TOKEN_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('10m')
        .sign(privateKey);
    },
  ],
  ['a token from another issuer', () => signWith({ iss: 'someone-else' })],
  ['a token for another audience', () => signWith({ aud: 'another-app' })],
  ['a token without an expiry', () => signWith({ exp: undefined })],
  ['a token whose subject is not a UUID', () => signWith({ sub: 'admin' })],
  ['a token without emailVerified', () => signWith({ emailVerified: undefined })],
  [
    'a token whose payload was changed after signing',
    async () => {
      const [header, , signature] = user.token.split('.');
      return `${header}.${b64url({ ...claimsOf(user), sub: '00000000-0000-4000-8000-000000000000', iss: TOKEN_ISSUER, aud: TOKEN_AUDIENCE, iat: nowSeconds(), exp: nowSeconds() + 600 })}.${signature}`;
    },
  ],
  ['a truncated token', async () => user.token.slice(0, -10)],
  ['not a JWT at all', async () => 'hello'],
];

/** Signs with the right key and algorithm but with the given claims replaced (undefined removes one). */
function signWith(overrides: Record<string, unknown>) {
  const payload: Record<string, unknown> = {
    ...claimsOf(user),
    iss: TOKEN_ISSUER,
    aud: TOKEN_AUDIENCE,
    iat: nowSeconds(),
    exp: nowSeconds() + 600,
    ...overrides,
  };
  for (const key of Object.keys(payload)) if (payload[key] === undefined) delete payload[key];
  return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid: api.kid }).sign(api.privateKey);
}

describe('the token check on protected routes', () => {
  it.each(PROTECTED_ROUTES)('answers %s %s without a token with 401 unauthorized', async (method, path) => {
    const response = await api.request(method, path, {
      body: method === 'GET' || method === 'DELETE' ? undefined : {},
    });
    expect(response).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
  });

  it.each(BAD_TOKENS)('answers %s with 401 unauthorized and touches nothing', async (_situation, build) => {
    const token = await build();
    const read = await api.request('GET', '/api/symptoms', { headers: { authorization: `Bearer ${token}` } });
    expect(read).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
    const write = await api.request('PATCH', '/users/me', {
      headers: { authorization: `Bearer ${token}` },
      body: { name: 'Hijacked' },
    });
    expect(write.status).toBe(401);
    const { rows } = await api.pool.query('SELECT name FROM users WHERE id = $1', [user.id]);
    expect(rows[0].name).not.toBe('Hijacked');
  });

  it('accepts the control case: a well-formed token signed with the right key', async () => {
    const token = await signWith({});
    const response = await api.request('GET', '/api/symptoms', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
  });

  it('answers a Basic authorization header with 401', async () => {
    const response = await api.request('GET', '/api/symptoms', {
      headers: { authorization: 'Basic dXNlcjpwYXNz' },
    });
    expect(response.status).toBe(401);
  });
});
