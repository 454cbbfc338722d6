import type { DeleteHealthDataResponse, User } from '@hormohelp/contracts';
import { type AxiosAdapter, AxiosError, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios';
import { api } from '@/lib/api-client';

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
    healthDataConsent: true,
    createdAt: '2026-11-01T09:00:00.000Z',
  };
  // Asserted, so the fixture keeps compiling while the contract's user gains fields.
  return { ...user, ...overrides } as User;
}

export interface RecordedCall {
  method: string;
  url: string;
  authorization: string | undefined;
  /** The query parameters axios was given (`params`), e.g. `{ format: 'csv' }`. */
  params?: unknown;
}

type Reply = { status: number; data?: unknown; headers?: Record<string, string> };
type Route = (call: RecordedCall, body: unknown) => Reply | Promise<Reply>;

/**
 * Replaces the network under the real `api` instance: the interceptors run exactly as in the browser,
 * only the transport answers from `routes` (keyed "METHOD /path").
 */
export function installFakeBackend(routes: Record<string, Route>) {
  const calls: RecordedCall[] = [];
  const adapter: AxiosAdapter = async (config: InternalAxiosRequestConfig) => {
    const method = (config.method ?? 'get').toUpperCase();
    const url = config.url ?? '';
    const authorization = config.headers.get('Authorization');
    const call = {
      method,
      url,
      authorization: typeof authorization === 'string' ? authorization : undefined,
      params: config.params,
    };
    calls.push(call);
    const route = routes[`${method} ${url}`];
    const body = typeof config.data === 'string' ? JSON.parse(config.data) : config.data;
    const reply = route
      ? await route(call, body)
      : { status: 404, data: { error: { code: 'not_found', message: 'Not found' } } };
    const response: AxiosResponse = {
      data: reply.data ?? '',
      status: reply.status,
      statusText: String(reply.status),
      headers: reply.headers ?? {},
      config,
    };
    if (reply.status >= 400) {
      throw new AxiosError(
        `Request failed with status code ${reply.status}`,
        'ERR_BAD_REQUEST',
        config,
        null,
        response,
      );
    }
    return response;
  };
  const previous = api.defaults.adapter;
  api.defaults.adapter = adapter;
  return {
    calls,
    callsTo: (method: string, url: string) =>
      calls.filter((call) => call.method === method && call.url === url),
    restore: () => {
      api.defaults.adapter = previous;
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
