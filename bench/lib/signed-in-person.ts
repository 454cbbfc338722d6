import pg from 'pg';
import { createPasswordHasher } from '../../apps/auth/src/security/password-hasher';
import { nextClientAddress } from './client-addresses';

const EMAIL = 'lighthouse@bench.example';
const PASSWORD = 'lighthouse-password-4b1e8d';
const DAY_MS = 86_400_000;

export interface SignedInPerson {
  email: string;
  /**
   * A `Cookie` header value with a refresh token of a session of its own. The web app trades it for
   * an access token on load and the auth service rotates it then, so every page load needs a new one.
   */
  freshSessionCookie(): Promise<string>;
}

async function login(authUrl: string): Promise<Response> {
  const response = await fetch(`${authUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': nextClientAddress() },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`the Lighthouse person's login answered ${response.status}`);
  return response;
}

async function send(apiUrl: string, token: string, method: string, path: string, body: unknown) {
  const response = await fetch(apiUrl + path, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`${method} ${path} for the Lighthouse person answered ${response.status}`);
}

/**
 * A person as the signed-in pages are measured for: onboarded, consenting to health data, with a log
 * for each of the last `days` days. Only the password is written to the database (hashed by the
 * service's own hasher, since signup would need the verification mail); everything else goes
 * through the API as the web app sends it, and each session is a real login. Logins go to the auth
 * service itself, which trusts X-Forwarded-For from loopback, so each can come from an address of
 * its own under the login rate limit.
 */
export async function createSignedInPerson(
  databaseUrl: string,
  { authUrl, apiUrl }: { authUrl: string; apiUrl: string },
  days: number,
): Promise<SignedInPerson> {
  const hash = await (await createPasswordHasher(1)).hash(PASSWORD);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO users (email, password_hash, name, email_verified) VALUES ($1, $2, 'Lighthouse Person', true)`,
      [EMAIL, hash],
    );
  } finally {
    await client.end();
  }
  const { accessToken } = (await (await login(authUrl)).json()) as { accessToken: string };
  await send(apiUrl, accessToken, 'PATCH', '/users/me', {
    healthDataConsent: true,
    onboardingData: { completedAt: new Date().toISOString(), conditions: ['pcos'] },
  });
  // Yesterday back, so no log is in anyone's future whatever the hour.
  for (let back = 1; back <= days; back += 1) {
    await send(apiUrl, accessToken, 'POST', '/api/symptoms', {
      date: new Date(Date.now() - back * DAY_MS).toISOString().slice(0, 10),
      symptoms: back % 3 === 0 ? ['Fatigue', 'Bloating'] : ['Cramps'],
      notes: back % 7 === 0 ? 'A harder day.' : '',
      severity: 1 + (back % 9),
      mood: 1 + ((back * 3) % 9),
      energy: 1 + ((back * 5) % 9),
      sleep: 1 + ((back * 7) % 9),
    });
  }
  return {
    email: EMAIL,
    async freshSessionCookie() {
      const cookie = (await login(authUrl)).headers
        .getSetCookie()
        .find((line) => line.startsWith('refresh_token='));
      if (!cookie) throw new Error('the login set no refresh_token cookie');
      return cookie.split(';')[0]!;
    },
  };
}
