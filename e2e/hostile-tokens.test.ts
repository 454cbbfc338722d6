/**
 * Access tokens an attacker or a bug would build, and the refresh cookie where it does not belong:
 * the API and the auth service (through the API's proxy) answer 401 and store nothing.
 */
import { readFile } from 'node:fs/promises';
import { TOKEN_AUDIENCE, TOKEN_ISSUER } from '@hormohelp/contracts';
import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectContractError } from './support/reliability-http';
import { countRows } from './support/reliability-rows';
import { type Stack, type StackUser, startStack } from './support/reliability-stack';

let stack: Stack;
let user: StackUser;
beforeAll(async () => {
  stack = await startStack();
  user = await stack.createUser();
}, 60_000);
afterAll(() => stack?.stop());

const now = () => Math.floor(Date.now() / 1000);
const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const claims = () => ({ sub: user.id, email: user.email, emailVerified: true });
const signedElsewhere = async (alg: 'RS256' | 'HS256', key: Parameters<SignJWT['sign']>[0]) =>
  new SignJWT(claims())
    .setProtectedHeader({ alg })
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(key);

const BAD_TOKENS: Array<[situation: string, build: () => Promise<string>]> = [
  ['expired a minute ago', () => stack.signToken({ ...claims(), iat: now() - 960, exp: now() - 60 })],
  ['not yet valid (nbf in 10 minutes)', () => stack.signToken({ ...claims(), nbf: now() + 600 })],
  [
    'issued in the future (iat in 10 minutes)',
    () => stack.signToken({ ...claims(), iat: now() + 600, exp: now() + 1500 }),
  ],
  [
    'unsigned (alg none)',
    async () =>
      `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url({ ...claims(), iss: TOKEN_ISSUER, aud: TOKEN_AUDIENCE, iat: now(), exp: now() + 600 })}.`,
  ],
  [
    'HS256 keyed with the public key',
    async () => signedElsewhere('HS256', new Uint8Array(await readFile(stack.keys.publicKeyPath))),
  ],
  [
    'signed by another RSA key',
    async () => signedElsewhere('RS256', (await generateKeyPair('RS256')).privateKey),
  ],
];

async function expectRefusedEverywhere(token: string) {
  const before = await countRows(stack.db);
  const headers = { authorization: `Bearer ${token}` };
  const log = { symptoms: ['Fatigue'], severity: 5, mood: 5, energy: 5, sleep: 5 };
  for (const [method, path, body] of [
    ['GET', '/api/symptoms', undefined],
    ['POST', '/api/symptoms', log],
    ['PATCH', '/users/me', { name: 'Hijacked' }],
    ['GET', '/auth/me', undefined],
  ] as const) {
    const answer = await call(stack.apiUrl, method, path, { headers, body });
    expectContractError(answer, { status: 401, code: 'unauthorized' });
  }
  expect(await countRows(stack.db)).toEqual(before);
}

describe('hostile access tokens', () => {
  it.each(BAD_TOKENS)(
    'a token %s is 401 unauthorized on the API and the auth service',
    async (_situation, build) => {
      await expectRefusedEverywhere(await build());
    },
  );

  it('control: the same construction with valid claims is accepted by both', async () => {
    const token = await stack.signToken(claims());
    expect((await call(stack.apiUrl, 'GET', '/api/symptoms', { token })).status).toBe(200);
    expect((await call(stack.apiUrl, 'GET', '/auth/me', { token })).status).toBe(200);
  });

  it('a valid token for a deleted user reads nothing, writes nothing, and /auth/me is 401', async () => {
    const gone = await stack.createUser();
    await stack.db.query('DELETE FROM users WHERE id = $1', [gone.id]);
    const before = await countRows(stack.db);
    const listed = await call(stack.apiUrl, 'GET', '/api/symptoms', { token: gone.token });
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([]);
    const writes: Array<[string, string, unknown]> = [
      ['POST', '/api/symptoms', { symptoms: [], severity: 5, mood: 5, energy: 5, sleep: 5 }],
      ['POST', '/api/posts', { title: 'Ghost', body: 'Ghost' }],
      ['POST', '/api/cart', { productId: 1 }],
      ['PATCH', '/users/me', { name: 'Ghost' }],
    ];
    for (const [method, path, body] of writes) {
      const answer = await call(stack.apiUrl, method, path, { token: gone.token, body });
      expectContractError(answer, { status: 404, code: 'not_found' });
    }
    expectContractError(await call(stack.apiUrl, 'GET', '/auth/me', { token: gone.token }), { status: 401 });
    expect(await countRows(stack.db)).toEqual(before);
  });
});

describe('the refresh cookie where it does not belong', () => {
  it('is scoped to /auth, and is no credential for /api, /users or as a bearer token', async () => {
    const email = `cookie-${Date.now()}@example.com`;
    const password = 'Tamarind-Echo-61-drum';
    expect(
      (await call(stack.apiUrl, 'POST', '/auth/signup', { body: { email, password, name: 'Rhea' } })).status,
    ).toBe(201);
    const login = await call(stack.apiUrl, 'POST', '/auth/login', { body: { email, password } });
    expect(login.status).toBe(200);
    const setCookie = login.headers.getSetCookie().find((cookie) => cookie.startsWith('refresh_token='))!;
    expect(setCookie).toMatch(/; Path=\/auth(;|$)/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const refreshToken = setCookie.slice('refresh_token='.length).split(';')[0]!;
    const cookie = { cookie: `refresh_token=${refreshToken}` };

    const before = await countRows(stack.db);
    for (const [method, path] of [
      ['GET', '/api/symptoms'],
      ['GET', '/api/cart'],
      ['PATCH', '/users/me'],
      ['GET', '/auth/me'],
    ] as const) {
      const answer = await call(stack.apiUrl, method, path, {
        headers: cookie,
        body: method === 'PATCH' ? { name: 'X' } : undefined,
      });
      expectContractError(answer, { status: 401, code: 'unauthorized' });
    }
    const asBearer = await call(stack.apiUrl, 'GET', '/api/symptoms', {
      headers: { authorization: `Bearer ${refreshToken}` },
    });
    expectContractError(asBearer, { status: 401, code: 'unauthorized' });
    expect(await countRows(stack.db)).toEqual(before);
    // Control: at its own path the cookie does refresh the session.
    expect((await call(stack.apiUrl, 'POST', '/auth/refresh', { headers: cookie })).status).toBe(200);
  });
});
