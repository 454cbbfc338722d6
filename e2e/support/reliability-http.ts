/**
 * JSON over HTTP for the reliability tests: one call, its status, parsed body and how long it took,
 * plus the check every error answer must pass (the contract's error body, nothing leaked).
 */
import { expect } from 'vitest';

export interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON came back, field by field
  body: any;
  text: string;
  headers: Headers;
  ms: number;
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

export async function call(
  baseUrl: string,
  method: string,
  path: string,
  { token, body, headers = {}, timeoutMs = 15_000 }: CallOptions = {},
): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(baseUrl + path, {
    method,
    headers: {
      ...(body !== undefined && { 'content-type': 'application/json' }),
      ...(token && { authorization: `Bearer ${token}` }),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: kept as text, and expectContractError will say so
  }
  return {
    status: response.status,
    body: parsed,
    text,
    headers: response.headers,
    ms: performance.now() - started,
  };
}

const LEAKS = /\bat \S+\.[jt]s:\d+|node_modules|stack|SELECT |INSERT |UPDATE |syntax error|ECONNREFUSED|pg_/i;

/** An error answer: below 500 unless allowed, exactly `{error: {code, message, details?}}`, no leak. */
export function expectContractError(
  answer: Answer,
  { code, status }: { code?: string; status?: number } = {},
) {
  const label = `${answer.status} ${answer.text.slice(0, 300)}`;
  if (status !== undefined) expect(answer.status, label).toBe(status);
  expect(answer.status, label).toBeGreaterThanOrEqual(400);
  expect(answer.headers.get('content-type'), label).toMatch(/^application\/json/);
  expect(Object.keys(answer.body ?? {}), label).toEqual(['error']);
  expect(typeof answer.body.error.code, label).toBe('string');
  expect(typeof answer.body.error.message, label).toBe('string');
  for (const key of Object.keys(answer.body.error))
    expect(['code', 'message', 'details'], label).toContain(key);
  if (code !== undefined) expect(answer.body.error.code, label).toBe(code);
  expect(answer.text, label).not.toMatch(LEAKS);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` every 50 ms until it is true; returns the ms it took, or throws after `timeoutMs`. */
export async function waitUntil(probe: () => Promise<boolean>, timeoutMs: number, what: string) {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (await probe().catch(() => false)) return performance.now() - started;
    await sleep(50);
  }
  throw new Error(`${what} did not happen within ${timeoutMs} ms`);
}

/** The p-th percentile (0–100) of a list of numbers, nearest rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
