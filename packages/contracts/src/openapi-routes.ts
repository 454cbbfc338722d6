import { z } from 'zod';
import {
  emailBodySchema,
  loginBodySchema,
  messageResponseSchema,
  resetPasswordBodySchema,
  sessionResponseSchema,
  signupBodySchema,
  tokenBodySchema,
  updateMeBodySchema,
  userResponseSchema,
} from './auth';
import { listQuerySchema } from './common';
import {
  commentListSchema,
  commentSchema,
  createCommentBodySchema,
  createPostBodySchema,
  likeResultSchema,
  postListQuerySchema,
  postListSchema,
  postSchema,
} from './community';
import { bookingListSchema, bookingSchema, createBookingBodySchema, expertListSchema } from './consultations';
import type { ErrorCode } from './errors';
import { MAX_UPCOMING_BOOKINGS } from './limits';
import {
  deleteAccountBodySchema,
  deleteHealthDataResponseSchema,
  exportDocumentSchema,
  exportQuerySchema,
  sessionListSchema,
  symptomInsightsSchema,
} from './privacy';
import {
  addToCartBodySchema,
  cartItemSchema,
  cartSchema,
  createRazorpayOrderBodySchema,
  orderListSchema,
  orderResponseSchema,
  productListQuerySchema,
  productListSchema,
  razorpayOrderSchema,
  updateCartItemBodySchema,
  verifyPaymentBodySchema,
} from './shop';
import {
  createSymptomLogBodySchema,
  symptomListQuerySchema,
  symptomListSchema,
  symptomLogSchema,
  symptomStatsQuerySchema,
  symptomStatsSchema,
} from './symptoms';

/** Who may call a route: a bearer access token, the refresh cookie, Razorpay's signature, or anyone. */
export type RouteAuth = 'bearer' | 'refresh-cookie' | 'razorpay-signature' | 'none';

export interface ApiRoute {
  method: 'get' | 'post' | 'patch' | 'delete';
  /** OpenAPI path template: `{id}` for a path parameter. */
  path: string;
  summary: string;
  tag: string;
  auth: RouteAuth;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Success status and its body (none for 204). */
  success: { status: number; schema?: z.ZodType; description?: string };
  /** Error codes this route can answer beyond the ones every route of its kind has. */
  errors?: ErrorCode[];
  verifiedEmail?: boolean;
}

const item = <T extends z.ZodType>(schema: T) => z.object({ item: schema });
const healthSchema = z.object({ status: z.literal('ok') });
/** RFC 7517 key set, as published by the auth service. */
const jwksSchema = z.object({
  keys: z.array(z.object({ kty: z.string(), kid: z.string(), alg: z.string(), use: z.string() }).loose()),
});
const razorpayEventSchema = z
  .object({ event: z.string(), payload: z.record(z.string(), z.unknown()) })
  .loose()
  .describe('A Razorpay webhook event; the signature covers the raw bytes of the body.');

const message = { status: 202, schema: messageResponseSchema };
const session = { status: 200, schema: sessionResponseSchema };

/** Every route of the API and the auth service. The OpenAPI document is generated from this table and the schemas. */
// biome-ignore format: a table reads best one route per line
export const API_ROUTES: ApiRoute[] = [
  // Auth service, reached through the API's /auth/* proxy.
  { method: 'post', path: '/auth/signup', summary: 'Create an account and send a verification email', tag: 'auth', auth: 'none', body: signupBodySchema, success: { status: 201, schema: messageResponseSchema }, errors: ['rate_limited'] },
  { method: 'post', path: '/auth/login', summary: 'Sign in; sets the refresh cookie', tag: 'auth', auth: 'none', body: loginBodySchema, success: session, errors: ['invalid_credentials', 'rate_limited'] },
  { method: 'post', path: '/auth/logout', summary: 'Revoke the refresh token and clear its cookie', tag: 'auth', auth: 'none', success: { status: 204 } },
  { method: 'post', path: '/auth/refresh', summary: 'Rotate the refresh cookie and issue a new access token', tag: 'auth', auth: 'refresh-cookie', success: session, errors: ['unauthorized'] },
  { method: 'post', path: '/auth/verify-email', summary: 'Consume an email verification token and start a session', tag: 'auth', auth: 'none', body: tokenBodySchema, success: session, errors: ['invalid_token'] },
  { method: 'post', path: '/auth/resend-verification', summary: 'Send the verification email again', tag: 'auth', auth: 'none', body: emailBodySchema, success: message, errors: ['rate_limited'] },
  { method: 'post', path: '/auth/forgot-password', summary: 'Send a password reset email', tag: 'auth', auth: 'none', body: emailBodySchema, success: message, errors: ['rate_limited'] },
  { method: 'post', path: '/auth/reset-password', summary: 'Set a new password with a reset token', tag: 'auth', auth: 'none', body: resetPasswordBodySchema, success: { status: 200, schema: messageResponseSchema }, errors: ['invalid_token'] },
  { method: 'get', path: '/auth/me', summary: 'The signed-in user', tag: 'auth', auth: 'bearer', success: { status: 200, schema: userResponseSchema } },
  { method: 'delete', path: '/auth/account', summary: 'Erase your account (password re-checked): everything about you is deleted, orders are kept for accounting without your name, email or health data; every session ends', tag: 'privacy', auth: 'bearer', body: deleteAccountBodySchema, success: { status: 204 }, errors: ['invalid_credentials', 'rate_limited'] },
  { method: 'get', path: '/auth/sessions', summary: 'Your active sessions, one per login; current marks the one of the refresh cookie sent', tag: 'privacy', auth: 'bearer', success: { status: 200, schema: sessionListSchema } },
  { method: 'delete', path: '/auth/sessions', summary: 'End every session but the current one', tag: 'privacy', auth: 'bearer', success: { status: 204 } },
  { method: 'delete', path: '/auth/sessions/{id}', summary: 'End one of your sessions (ending the current one also clears its cookie)', tag: 'privacy', auth: 'bearer', success: { status: 204 }, errors: ['not_found'] },
  { method: 'get', path: '/auth/.well-known/jwks.json', summary: 'The public keys that verify access tokens', tag: 'auth', auth: 'none', success: { status: 200, schema: jwksSchema } },
  // API.
  { method: 'get', path: '/health', summary: 'Health probe (503 when the database is unreachable)', tag: 'meta', auth: 'none', success: { status: 200, schema: healthSchema } },
  { method: 'get', path: '/openapi.json', summary: 'This document', tag: 'meta', auth: 'none', success: { status: 200, schema: z.record(z.string(), z.unknown()) } },
  { method: 'patch', path: '/users/me', summary: 'Change your name or onboarding answers (each replaced when given); healthDataConsent true records consent to the current policy version, false withdraws it', tag: 'users', auth: 'bearer', body: updateMeBodySchema, success: { status: 200, schema: userResponseSchema }, errors: ['consent_required', 'not_found'] },
  { method: 'delete', path: '/users/me/health-data', summary: 'Delete the health data stored for you (every symptom log, the onboarding answers, the notes on your bookings), keeping the account; needs no consent', tag: 'privacy', auth: 'bearer', success: { status: 200, schema: deleteHealthDataResponseSchema }, errors: ['not_found'] },
  { method: 'get', path: '/users/me/export', summary: 'Everything held about you, streamed as one JSON attachment; ?format=csv streams your symptom logs as text/csv (header row, one row a log)', tag: 'privacy', auth: 'bearer', query: exportQuerySchema, success: { status: 200, schema: exportDocumentSchema, description: 'application/json attachment (format=json), or text/csv attachment (format=csv)' }, errors: ['not_found', 'rate_limited'] },
  { method: 'get', path: '/api/symptoms/insights', summary: `How sleep, energy and mood move with symptom severity (Pearson's r over your daily averages), once you have logged 14 different days`, tag: 'symptoms', auth: 'bearer', success: { status: 200, schema: symptomInsightsSchema } },
  { method: 'get', path: '/api/symptoms', summary: 'Your symptom logs, newest date first', tag: 'symptoms', auth: 'bearer', query: symptomListQuerySchema, success: { status: 200, schema: symptomListSchema } },
  { method: 'get', path: '/api/symptoms/stats', summary: 'Streaks, averages, top symptoms and a daily series', tag: 'symptoms', auth: 'bearer', query: symptomStatsQuerySchema, success: { status: 200, schema: symptomStatsSchema } },
  { method: 'post', path: '/api/symptoms', summary: 'Log symptoms (date defaults to today, never in the future as judged in UTC+14)', tag: 'symptoms', auth: 'bearer', body: createSymptomLogBodySchema, success: { status: 201, schema: item(symptomLogSchema) }, errors: ['consent_required'] },
  { method: 'delete', path: '/api/symptoms/{id}', summary: 'Delete one of your logs', tag: 'symptoms', auth: 'bearer', success: { status: 204 }, errors: ['not_found'] },
  { method: 'get', path: '/api/posts', summary: 'The community feed, newest first', tag: 'community', auth: 'bearer', query: postListQuerySchema, success: { status: 200, schema: postListSchema } },
  { method: 'post', path: '/api/posts', summary: 'Write a post (stored as written)', tag: 'community', auth: 'bearer', verifiedEmail: true, body: createPostBodySchema, success: { status: 201, schema: item(postSchema) } },
  { method: 'delete', path: '/api/posts/{id}', summary: 'Delete your own post (404 for anyone else)', tag: 'community', auth: 'bearer', success: { status: 204 }, errors: ['not_found'] },
  { method: 'post', path: '/api/posts/{id}/like', summary: 'Like the post, or take your like back', tag: 'community', auth: 'bearer', verifiedEmail: true, success: { status: 200, schema: likeResultSchema }, errors: ['not_found'] },
  { method: 'get', path: '/api/posts/{id}/comments', summary: "A post's comments, oldest first", tag: 'community', auth: 'bearer', query: listQuerySchema, success: { status: 200, schema: commentListSchema }, errors: ['not_found'] },
  { method: 'post', path: '/api/posts/{id}/comments', summary: 'Comment on a post (stored as written)', tag: 'community', auth: 'bearer', verifiedEmail: true, body: createCommentBodySchema, success: { status: 201, schema: item(commentSchema) }, errors: ['not_found'] },
  { method: 'get', path: '/api/experts', summary: 'Experts with their free slots (India Standard Time) for the next 14 days', tag: 'consultations', auth: 'bearer', success: { status: 200, schema: expertListSchema } },
  { method: 'get', path: '/api/bookings', summary: 'Your bookings, newest first', tag: 'consultations', auth: 'bearer', query: listQuerySchema, success: { status: 200, schema: bookingListSchema } },
  { method: 'post', path: '/api/bookings', summary: `Book a free slot; an unknown expert, an unoffered type or a slot not offered is 400 validation_error; a taken slot is 409 conflict; a person already holding ${MAX_UPCOMING_BOOKINGS} upcoming bookings is 409 booking_limit; notes (health data) without consent are 403 consent_required`, tag: 'consultations', auth: 'bearer', verifiedEmail: true, body: createBookingBodySchema, success: { status: 201, schema: item(bookingSchema) }, errors: ['conflict', 'booking_limit', 'consent_required'] },
  { method: 'delete', path: '/api/bookings/{id}', summary: 'Cancel your booking; the slot is free again', tag: 'consultations', auth: 'bearer', success: { status: 204 }, errors: ['not_found'] },
  { method: 'get', path: '/api/products', summary: 'Products, optionally of one category', tag: 'shop', auth: 'bearer', query: productListQuerySchema, success: { status: 200, schema: productListSchema } },
  { method: 'get', path: '/api/cart', summary: 'Your cart', tag: 'shop', auth: 'bearer', success: { status: 200, schema: cartSchema } },
  { method: 'post', path: '/api/cart', summary: 'Add a product to your cart (adds to an existing line)', tag: 'shop', auth: 'bearer', body: addToCartBodySchema, success: { status: 201, schema: item(cartItemSchema) }, errors: ['not_found', 'conflict'] },
  { method: 'patch', path: '/api/cart/{id}', summary: 'Set the quantity of a cart line (1–99)', tag: 'shop', auth: 'bearer', body: updateCartItemBodySchema, success: { status: 200, schema: item(cartItemSchema) }, errors: ['not_found', 'conflict'] },
  { method: 'delete', path: '/api/cart/{id}', summary: 'Remove a cart line', tag: 'shop', auth: 'bearer', success: { status: 204 }, errors: ['not_found'] },
  { method: 'get', path: '/api/orders', summary: 'Your orders, newest first', tag: 'orders', auth: 'bearer', query: listQuerySchema, success: { status: 200, schema: orderListSchema } },
  { method: 'post', path: '/api/orders/create-razorpay-order', summary: 'Create a Razorpay order priced from the database', tag: 'orders', auth: 'bearer', verifiedEmail: true, body: createRazorpayOrderBodySchema, success: { status: 201, schema: razorpayOrderSchema }, errors: ['not_found', 'conflict', 'upstream_unavailable'] },
  { method: 'post', path: '/api/orders/verify-payment', summary: 'Verify the checkout signature and record the order (200 with the same order when repeated)', tag: 'orders', auth: 'bearer', verifiedEmail: true, body: verifyPaymentBodySchema, success: { status: 201, schema: orderResponseSchema }, errors: ['invalid_signature', 'not_found'] },
  { method: 'post', path: '/api/payments/razorpay/webhook', summary: "Razorpay's webhook, authenticated by X-Razorpay-Signature over the raw body", tag: 'orders', auth: 'razorpay-signature', body: razorpayEventSchema, success: { status: 200 }, errors: ['invalid_signature'] },
];
