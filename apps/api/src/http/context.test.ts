import { envTrustProxy } from '@hormohelp/server-kit';
import { describe, expect, it } from 'vitest';
import { compileTrustProxy } from './context';

describe('compileTrustProxy', () => {
  it('compiles what TRUST_PROXY reads as in both services', () => {
    const parse = (value: string) => envTrustProxy.parse(value);
    expect([parse('true'), parse('3'), parse(' loopback ')]).toEqual([true, 3, 'loopback']);
    expect(compileTrustProxy(parse('1'))('203.0.113.9', 0)).toBe(true);
  });

  it('trusts the named addresses and ranges only', () => {
    const trust = compileTrustProxy('loopback, 10.0.0.0/8');
    expect(trust('127.0.0.1', 0)).toBe(true);
    expect(trust('10.1.2.3', 0)).toBe(true);
    expect(trust('203.0.113.9', 0)).toBe(false);
  });

  it('reads a number as that many hops, and true or false as everyone or no one', () => {
    const twoHops = compileTrustProxy(2);
    expect([0, 1, 2].map((hop) => twoHops('203.0.113.9', hop))).toEqual([true, true, false]);
    expect(compileTrustProxy(true)('203.0.113.9', 5)).toBe(true);
    expect(compileTrustProxy(false)('127.0.0.1', 0)).toBe(false);
  });
});
