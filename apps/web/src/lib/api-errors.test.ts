import { AxiosError, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios';
import { describe, expect, it } from 'vitest';
import { getErrorCode, getErrorMessage, getFieldErrors, getRetryAfterSeconds } from './api-errors';

function failure(status: number, data: unknown, headers: Record<string, string> = {}) {
  const config = { headers: {} } as InternalAxiosRequestConfig;
  const response = { status, data, headers, config, statusText: '' } as AxiosResponse;
  return new AxiosError('Request failed', 'ERR_BAD_REQUEST', config, null, response);
}

describe('reading contract errors', () => {
  const validation = failure(400, {
    error: {
      code: 'validation_error',
      message: 'Check the fields.',
      details: { fields: { severity: 'Too high' } },
    },
  });

  it('reads the code, the message and the field problems of a contract error', () => {
    expect(getErrorCode(validation)).toBe('validation_error');
    expect(getErrorMessage(validation)).toBe('Check the fields.');
    expect(getFieldErrors(validation)).toEqual({ severity: 'Too high' });
  });

  it('says the network failed when no response arrived', () => {
    const offline = new AxiosError('Network Error', 'ERR_NETWORK', {
      headers: {},
    } as InternalAxiosRequestConfig);
    expect(getErrorMessage(offline)).toBe('Network error. Check your connection and try again.');
    expect(getErrorCode(offline)).toBeUndefined();
    expect(getFieldErrors(offline)).toEqual({});
  });

  it('falls back to a plain sentence for a server error without a contract body', () => {
    expect(getErrorMessage(failure(502, '<html>Bad gateway</html>'))).toBe(
      'Something went wrong on our side. Try again in a moment.',
    );
    expect(getErrorMessage(new Error('boom'))).toBe('Something went wrong. Please try again.');
  });

  it('for a rate limit, says how long to wait', () => {
    const limited = failure(
      429,
      { error: { code: 'rate_limited', message: 'Too many requests.' } },
      { 'retry-after': '2700' },
    );
    expect(getErrorMessage(limited)).toBe('Too many attempts. Please try again in 45 minutes.');
    const soon = failure(
      429,
      { error: { code: 'rate_limited', message: 'Too many requests.' } },
      { 'retry-after': '30' },
    );
    expect(getErrorMessage(soon)).toBe('Too many attempts. Please try again in 1 minute.');
  });

  it('reads Retry-After in seconds', () => {
    expect(getRetryAfterSeconds(failure(429, {}, { 'retry-after': '120' }))).toBe(120);
    expect(getRetryAfterSeconds(failure(429, {}))).toBeUndefined();
  });
});
