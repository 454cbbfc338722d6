import { emailSchema } from '@hormohelp/contracts';
import { enforceRateLimit, type RateLimitStore } from '@hormohelp/server-kit';
import type { FastifyRequest } from 'fastify';
import { addressKeyOf, emailKeyOf } from './client-keys';

export interface RateLimitRule {
  name: string;
  limit: number;
  windowMs: number;
  /** The client this request counts against; undefined skips the check (validation will refuse it). */
  keyOf(request: FastifyRequest): string | undefined;
}

const MINUTE = 60_000;

/** The client IP (its /64 for IPv6), from X-Forwarded-For only when it came through a trusted proxy. */
const byClientIp = (request: FastifyRequest) => addressKeyOf(request.ip);

/** By SHA-256 of the normalised email, so the limit itself reveals nothing and stores no address. */
function byEmailHash(request: FastifyRequest): string | undefined {
  const parsed = emailSchema.safeParse((request.body as { email?: unknown } | undefined)?.email);
  return parsed.success ? emailKeyOf(parsed.data) : undefined;
}

export const RULES = {
  signup: { name: 'signup', limit: 10, windowMs: 15 * MINUTE, keyOf: byClientIp },
  login: { name: 'login', limit: 10, windowMs: 15 * MINUTE, keyOf: byClientIp },
  resendVerification: { name: 'resend-verification', limit: 3, windowMs: 60 * MINUTE, keyOf: byEmailHash },
  // Not in the contract's list: without it anyone could make us mail a stranger without end.
  forgotPassword: { name: 'forgot-password', limit: 3, windowMs: 60 * MINUTE, keyOf: byEmailHash },
  // Erasure re-checks the password: a stolen access token must not become a password oracle.
  deleteAccount: { name: 'delete-account', limit: 10, windowMs: 15 * MINUTE, keyOf: byClientIp },
} satisfies Record<string, RateLimitRule>;

/**
 * Failed logins per account (SHA-256 of the email), from any address: a botnet's many addresses
 * each stay under the per-address rule. Applied by the login use case, which alone knows whether an
 * attempt failed; the key is the same whether or not the account exists.
 */
export const LOGIN_FAILURES = { name: 'login-failures', limit: 10, windowMs: 15 * MINUTE };

/**
 * 429 `rate_limited` with Retry-After in whole seconds once the rule's budget is spent. A route runs it
 * as its `preValidation` hook: once the body has parsed (the email rules read it) and before it is
 * validated, so an invalid body counts too and costs no password hash.
 */
export function rateLimit(store: RateLimitStore, rule: RateLimitRule) {
  return async (request: FastifyRequest): Promise<void> => {
    const client = rule.keyOf(request);
    if (client === undefined) return;
    await enforceRateLimit(store, `${rule.name}:${client}`, rule.limit, rule.windowMs);
  };
}
