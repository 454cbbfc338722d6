import { randomUUID } from 'node:crypto';
import { readMailLink } from './mail';
import type { Platform } from './platform';

export interface Account {
  name: string;
  email: string;
  password: string;
}

/** A person nobody has signed up as yet, with a password that passes every rule. */
export function newAccount(name: string): Account {
  const id = randomUUID().slice(0, 8);
  return {
    name,
    email: `${name.split(' ')[0]!.toLowerCase()}.${id}@example.com`,
    password: `Lavender-${id}-tea!`,
  };
}

/** JSON over HTTP to the API, as the web app sends it; throws on any status but the expected one. */
export async function callApi<T = unknown>(
  platform: Platform,
  method: string,
  path: string,
  { token, body, expect = [200, 201, 202, 204] }: { token?: string; body?: unknown; expect?: number[] } = {},
): Promise<T> {
  const response = await fetch(platform.apiUrl + path, {
    method,
    headers: {
      ...(body !== undefined && { 'content-type': 'application/json' }),
      ...(token && { authorization: `Bearer ${token}` }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!expect.includes(response.status)) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/**
 * Signs the account up through the API, opens the verification link from the mail catcher and
 * verifies it: the account exists and is verified exactly as if the person had done it in a browser.
 * Returns the access token the verification issued.
 */
export async function createVerifiedAccount(platform: Platform, account: Account): Promise<string> {
  await callApi(platform, 'POST', '/auth/signup', { body: account, expect: [201] });
  const link = await readMailLink(platform.mail, {
    to: account.email,
    subject: /verify/i,
    webUrl: platform.webUrl,
  });
  const token = new URL(link).searchParams.get('token');
  const session = await callApi<{ accessToken: string }>(platform, 'POST', '/auth/verify-email', {
    body: { token },
  });
  return session.accessToken;
}
