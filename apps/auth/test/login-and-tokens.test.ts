import { calculateJwkThumbprint, decodeJwt, decodeProtectedHeader, exportJWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthHarness, startAuthHarness } from './support/auth-harness';
import { createVerifiedUser, logIn, PASSWORD, signUp, uniqueEmail } from './support/flows';

let h: AuthHarness;
let email: string;
beforeAll(async () => {
  h = await startAuthHarness();
  ({ email } = await createVerifiedUser(h));
});
afterAll(() => h.stop());

describe('login', () => {
  it('with the right password: 200 {accessToken, user}, the refresh cookie, and a row holding only its hash', async () => {
    const response = await logIn(h, `  ${email.toUpperCase()}`);
    expect(response.status).toBe(200);
    expect(Object.keys(response.body).sort()).toEqual(['accessToken', 'user']);
    expect(response.body.user).toMatchObject({ email, emailVerified: true, onboardingData: {} });
    expect(response.headers.get('cache-control')).toBe('no-store');

    const setCookie = response.headers.getSetCookie().find((c) => c.startsWith('refresh_token='))!;
    const attributes = setCookie.split('; ').slice(1);
    expect(attributes).toEqual(
      expect.arrayContaining(['Max-Age=604800', 'Path=/auth', 'HttpOnly', 'SameSite=Strict']),
    );
    expect(attributes).not.toContain('Secure');

    const { rows } = await h.db.query(
      `SELECT token_hash, expires_at - created_at AS ttl, family_id FROM refresh_tokens
       WHERE token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
      [response.refreshCookie],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].ttl).toMatchObject({ days: 7 });
    const { rows: raw } = await h.db.query('SELECT 1 FROM refresh_tokens WHERE token_hash = $1', [
      response.refreshCookie,
    ]);
    expect(raw).toHaveLength(0);
  });

  it('issues an RS256 access token with exactly the contract claims, 15 minutes, and the JWKS kid', async () => {
    const response = await logIn(h, email);
    const header = decodeProtectedHeader(response.body.accessToken);
    const claims = decodeJwt(response.body.accessToken);
    expect(header.alg).toBe('RS256');
    expect(Object.keys(claims).sort()).toEqual(['aud', 'email', 'emailVerified', 'exp', 'iat', 'iss', 'sub']);
    expect(claims).toMatchObject({
      sub: response.body.user.id,
      email,
      emailVerified: true,
      iss: 'hormohelp-auth',
      aud: 'hormohelp',
    });
    expect(claims.exp! - claims.iat!).toBe(900);

    const jwks = await h.request('GET', '/auth/.well-known/jwks.json');
    expect(jwks.status).toBe(200);
    const expectedKid = await calculateJwkThumbprint(await exportJWK(h.keys.publicKey), 'sha256');
    expect(jwks.body.keys).toHaveLength(1);
    expect(jwks.body.keys[0]).toMatchObject({ kty: 'RSA', kid: expectedKid, alg: 'RS256', use: 'sig' });
    expect(jwks.body.keys[0].d).toBeUndefined();
    expect(header.kid).toBe(expectedKid);
  });

  it('with a wrong password or an unknown email: the same 401 invalid_credentials and no cookie', async () => {
    const wrong = await logIn(h, email, 'not-the-Password-1');
    const unknown = await logIn(h, uniqueEmail('ghost'), PASSWORD);
    for (const response of [wrong, unknown]) {
      expect(response.status).toBe(401);
      expect(response.refreshCookie).toBeUndefined();
    }
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error.code).toBe('invalid_credentials');
  });

  it('an unverified account logs in with emailVerified false in the token', async () => {
    const unverified = uniqueEmail();
    await signUp(h, unverified);
    const response = await logIn(h, unverified);
    expect(response.status).toBe(200);
    expect(decodeJwt(response.body.accessToken).emailVerified).toBe(false);
    expect(response.body.user.emailVerified).toBe(false);
  });

  it('stores the password as an Argon2id PHC string with m=65536, t=3, p=2', async () => {
    const { rows } = await h.db.query('SELECT password_hash FROM users WHERE email = $1', [email]);
    const [, algorithm, version, parameters, salt, hash] = rows[0].password_hash.split('$');
    expect({ algorithm, version, salt, hash }).toMatchObject({ algorithm: 'argon2id', version: 'v=19' });
    expect(salt).toMatch(/^[\w+/]{22}$/);
    expect(hash).toMatch(/^[\w+/]{43}$/);
    // PHC parameters are a set; their order differs between argon2 releases.
    expect(parameters.split(',').sort()).toEqual(['m=65536', 'p=2', 't=3']);
  });

  it('in production the refresh cookie is Secure', async () => {
    const production = await startAuthHarness({ env: { NODE_ENV: 'production' }, shareWith: h });
    try {
      const response = await logIn(production, email);
      const setCookie = response.headers.getSetCookie().find((c) => c.startsWith('refresh_token='))!;
      expect(setCookie.split('; ')).toContain('Secure');
    } finally {
      await production.stop();
    }
  });
});
