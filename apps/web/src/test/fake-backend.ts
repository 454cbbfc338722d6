import type { DeleteHealthDataResponse, User } from '@hormohelp/contracts';

/** A JWT-shaped token whose payload carries `exp`; the signature is irrelevant to the browser. */
export function makeToken(label: string, expiresInSeconds = 900, now = Date.now()): string {
  const encode = (value: object) =>
    btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  const exp = Math.floor(now / 1000) + expiresInSeconds;
  return `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode({ sub: label, exp })}.signature-${label}`;
}

export function makeUser(overrides: Partial<User> = {}): User {
  const user = {
    id: '6f1c1d2e-5b0a-4c8e-9f3a-2b7d4e6a8c10',
    email: 'asha@example.com',
    name: 'Asha Rao',
    emailVerified: true,
    onboardingData: { completedAt: '2026-11-01T10:00:00.000Z' },
    timeZone: 'UTC',
    healthDataConsent: true,
    createdAt: '2026-11-01T09:00:00.000Z',
  };
  // Asserted, so the fixture keeps compiling while the contract's user gains fields.
  return { ...user, ...overrides } as User;
}

export interface RecordedCall {
  method: string;
  /** The path, without the API's address or the query string: `/api/symptoms`. */
  url: string;
  authorization: string | undefined;
  /** The query string's parameters, e.g. `{ format: 'csv' }`; undefined when there is none. */
  params?: Record<string, string>;
}

/** A reply's `data` is sent as JSON, or as it is when it is a string. */
type Reply = { status: number; data?: unknown; headers?: Record<string, string> };
type Route = (call: RecordedCall, body: unknown) => Reply | Promise<Reply>;

function toResponse(reply: Reply): Response {
  const isText = typeof reply.data === 'string';
  const body =
    reply.data === undefined || reply.status === 204
      ? null
      : isText
        ? reply.data
        : JSON.stringify(reply.data);
  const headers = new Headers(reply.headers);
  if (body !== null && !headers.has('content-type'))
    headers.set('content-type', isText ? 'text/plain' : 'application/json');
  return new Response(body as string | null, { status: reply.status, headers });
}

/**
 * Replaces the network under the real `api` client: its hooks (the token, the 401 replay, the error
 * bodies) run exactly as in the browser, only `fetch` answers from `routes` (keyed "METHOD /path").
 */
export function installFakeBackend(routes: Record<string, Route>) {
  const calls: RecordedCall[] = [];
  const fakeFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const query = Object.fromEntries(url.searchParams);
    const call: RecordedCall = {
      method: request.method,
      url: url.pathname,
      authorization: request.headers.get('Authorization') ?? undefined,
      params: Object.keys(query).length > 0 ? query : undefined,
    };
    calls.push(call);
    const text = await request.text();
    const body: unknown = text === '' ? undefined : JSON.parse(text);
    const route = routes[`${call.method} ${call.url}`];
    const reply = route
      ? await route(call, body)
      : { status: 404, data: { error: { code: 'not_found', message: 'Not found' } } };
    return toResponse(reply);
  };
  const previous = globalThis.fetch;
  globalThis.fetch = fakeFetch as typeof fetch;
  return {
    calls,
    callsTo: (method: string, url: string) =>
      calls.filter((call) => call.method === method && call.url === url),
    restore: () => {
      globalThis.fetch = previous;
    },
  };
}

export const unauthorized: Reply = {
  status: 401,
  data: { error: { code: 'unauthorized', message: 'Please log in.' } },
};

/**
 * The answer of DELETE /users/me/health-data as the API gives it: the user without onboarding answers
 * (only `completedAt` is kept) and how many symptom logs and booking notes were deleted.
 */
export function healthDataDeleted(
  user: User,
  deleted: DeleteHealthDataResponse['deleted'] = { symptomLogs: 0, bookingNotes: 0 },
): Reply & { data: DeleteHealthDataResponse } {
  const { completedAt } = user.onboardingData;
  const withoutAnswers: User = { ...user, onboardingData: completedAt ? { completedAt } : {} };
  return { status: 200, data: { user: withoutAnswers, deleted } };
}

/** Resolves after `ms` of real time, so concurrent requests overlap like on a network. */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
