import { z } from 'zod';
import {
  emailBodySchema,
  loginBodySchema,
  messageResponseSchema,
  resetPasswordBodySchema,
  sessionResponseSchema,
  signupBodySchema,
  tokenBodySchema,
  userResponseSchema,
} from './auth';
import { idParamsSchema } from './common';
import type { ErrorCode } from './errors';
import { deleteAccountBodySchema, sessionListSchema } from './privacy';

/** Who may call a route: anyone, a signed-in person, or one whose email is verified. */
export type RouteAccess = 'public' | 'signed-in' | 'verified';

/**
 * A route as both sides of a proxy see it: the auth service answers it, and the API, which passes
 * `/auth/*` on, documents it in its own OpenAPI document. Fastify's route options, without the
 * handler: `config.access` and `config.errors` as server-kit reads them, zod schemas throughout.
 */
export interface RouteDeclaration {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Fastify's path syntax: `:id` for a parameter. */
  url: string;
  config: { access: RouteAccess; errors?: readonly ErrorCode[] };
  schema: {
    summary: string;
    tags: string[];
    body?: z.ZodType;
    params?: z.ZodObject;
    /** Another way the caller proves who they are than the bearer token (the refresh cookie). */
    security?: Record<string, string[]>[];
    /** The success status and its body; `null` for an answer without one. */
    response: Record<number, z.ZodType | null>;
  };
}

/** No body: 204, or a status whose body the route does not promise. */
export const noContentSchema = z.null().describe('No content');

/** RFC 7517 key set, as published by the auth service. */
export const jwksSchema = z.object({
  keys: z.array(z.object({ kty: z.string(), kid: z.string(), alg: z.string(), use: z.string() }).loose()),
});

export const healthSchema = z.object({ status: z.literal('ok') });

const REFRESH_COOKIE = [{ refreshCookie: [] }];

const route = <const R extends RouteDeclaration>(declaration: R): R => declaration;

/** Every route of the auth service, under /auth as the browser reaches it through the API. */
export const AUTH_ROUTES = {
  signup: route({
    method: 'POST',
    url: '/auth/signup',
    config: { access: 'public', errors: ['rate_limited'] },
    schema: {
      summary: 'Create an account and send a verification email',
      tags: ['auth'],
      body: signupBodySchema,
      response: { 201: messageResponseSchema },
    },
  }),
  login: route({
    method: 'POST',
    url: '/auth/login',
    config: { access: 'public', errors: ['invalid_credentials', 'rate_limited'] },
    schema: {
      summary: 'Sign in; sets the refresh cookie',
      tags: ['auth'],
      body: loginBodySchema,
      response: { 200: sessionResponseSchema },
    },
  }),
  logout: route({
    method: 'POST',
    url: '/auth/logout',
    config: { access: 'public' },
    schema: {
      summary: 'Revoke the refresh token and clear its cookie',
      tags: ['auth'],
      response: { 204: noContentSchema },
    },
  }),
  refresh: route({
    method: 'POST',
    url: '/auth/refresh',
    config: { access: 'public', errors: ['unauthorized'] },
    schema: {
      summary: 'Rotate the refresh cookie and issue a new access token',
      tags: ['auth'],
      security: REFRESH_COOKIE,
      response: { 200: sessionResponseSchema },
    },
  }),
  verifyEmail: route({
    method: 'POST',
    url: '/auth/verify-email',
    config: { access: 'public', errors: ['invalid_token'] },
    schema: {
      summary: 'Consume an email verification token and start a session',
      tags: ['auth'],
      body: tokenBodySchema,
      response: { 200: sessionResponseSchema },
    },
  }),
  resendVerification: route({
    method: 'POST',
    url: '/auth/resend-verification',
    config: { access: 'public', errors: ['rate_limited'] },
    schema: {
      summary: 'Send the verification email again',
      tags: ['auth'],
      body: emailBodySchema,
      response: { 202: messageResponseSchema },
    },
  }),
  forgotPassword: route({
    method: 'POST',
    url: '/auth/forgot-password',
    config: { access: 'public', errors: ['rate_limited'] },
    schema: {
      summary: 'Send a password reset email',
      tags: ['auth'],
      body: emailBodySchema,
      response: { 202: messageResponseSchema },
    },
  }),
  resetPassword: route({
    method: 'POST',
    url: '/auth/reset-password',
    config: { access: 'public', errors: ['invalid_token'] },
    schema: {
      summary: 'Set a new password with a reset token',
      tags: ['auth'],
      body: resetPasswordBodySchema,
      response: { 200: messageResponseSchema },
    },
  }),
  me: route({
    method: 'GET',
    url: '/auth/me',
    config: { access: 'signed-in' },
    schema: { summary: 'The signed-in user', tags: ['auth'], response: { 200: userResponseSchema } },
  }),
  jwks: route({
    method: 'GET',
    url: '/auth/.well-known/jwks.json',
    config: { access: 'public' },
    schema: {
      summary: 'The public keys that verify access tokens',
      tags: ['auth'],
      response: { 200: jwksSchema },
    },
  }),
  deleteAccount: route({
    method: 'DELETE',
    url: '/auth/account',
    config: { access: 'signed-in', errors: ['invalid_credentials', 'rate_limited'] },
    schema: {
      summary:
        'Erase your account (password re-checked): everything about you is deleted, orders are kept for accounting without your name, email or health data; every session ends',
      tags: ['privacy'],
      body: deleteAccountBodySchema,
      response: { 204: noContentSchema },
    },
  }),
  listSessions: route({
    method: 'GET',
    url: '/auth/sessions',
    config: { access: 'signed-in' },
    schema: {
      summary: 'Your active sessions, one per login; current marks the one of the refresh cookie sent',
      tags: ['privacy'],
      response: { 200: sessionListSchema },
    },
  }),
  endOtherSessions: route({
    method: 'DELETE',
    url: '/auth/sessions',
    config: { access: 'signed-in' },
    schema: {
      summary: 'End every session but the current one',
      tags: ['privacy'],
      response: { 204: noContentSchema },
    },
  }),
  endSession: route({
    method: 'DELETE',
    url: '/auth/sessions/:id',
    config: { access: 'signed-in', errors: ['not_found'] },
    schema: {
      summary: 'End one of your sessions (ending the current one also clears its cookie)',
      tags: ['privacy'],
      params: idParamsSchema,
      response: { 204: noContentSchema },
    },
  }),
} as const satisfies Record<string, RouteDeclaration>;
