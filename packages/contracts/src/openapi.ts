import { z } from 'zod';
import { uuidSchema } from './common';
import { ERROR_CODES, ERROR_STATUS, type ErrorCode, errorBodySchema } from './errors';
import { API_ROUTES, type ApiRoute } from './openapi-routes';

export { API_ROUTES, type ApiRoute } from './openapi-routes';

type JsonSchema = Record<string, unknown>;

function toSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return json;
}

const errorRef = { $ref: '#/components/schemas/ErrorBody' };

// The API's own /auth/* proxy answers 502 when the auth service cannot be reached.
const statusOf = (code: ErrorCode, route: ApiRoute) =>
  code === 'upstream_unavailable' && route.path.startsWith('/auth/') ? 502 : ERROR_STATUS[code];

function errorResponses(route: ApiRoute, codes: ErrorCode[]) {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of new Set(codes)) {
    const status = statusOf(code, route);
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return Object.fromEntries(
    [...byStatus].map(([status, list]) => [
      String(status),
      { description: `Error: ${list.join(', ')}`, content: { 'application/json': { schema: errorRef } } },
    ]),
  );
}

/** The error codes any route of this kind can answer, whatever it does. */
function baseErrors(route: ApiRoute): ErrorCode[] {
  const codes: ErrorCode[] = ['internal'];
  if (route.body)
    codes.push('validation_error', 'invalid_json', 'payload_too_large', 'unsupported_media_type');
  if (route.query) codes.push('validation_error');
  if (route.auth === 'bearer') codes.push('unauthorized');
  if (route.verifiedEmail) codes.push('email_not_verified');
  if (route.path.includes('{id}')) codes.push('not_found');
  if (route.path.startsWith('/auth/')) codes.push('upstream_unavailable');
  return codes;
}

function parameters(route: ApiRoute) {
  const list: JsonSchema[] = [];
  if (route.path.includes('{id}')) {
    list.push({
      name: 'id',
      in: 'path',
      required: true,
      description: 'A UUID. An id that is not a UUID names nothing and answers 404 not_found.',
      schema: toSchema(uuidSchema, 'input'),
    });
  }
  if (route.query) {
    const json = toSchema(route.query, 'input');
    const required = new Set((json.required as string[] | undefined) ?? []);
    for (const [name, schema] of Object.entries((json.properties as Record<string, JsonSchema>) ?? {})) {
      list.push({ name, in: 'query', required: required.has(name), schema });
    }
  }
  return list;
}

const SECURITY: Record<ApiRoute['auth'], JsonSchema[]> = {
  bearer: [{ bearerAuth: [] }],
  'refresh-cookie': [{ refreshCookie: [] }],
  'razorpay-signature': [{ razorpaySignature: [] }],
  none: [],
};

function operation(route: ApiRoute) {
  const { status, schema, description } = route.success;
  return {
    operationId: `${route.method}${route.path.replace(/[^a-zA-Z0-9]+(.)?/g, (_m, c: string = '') => c.toUpperCase())}`,
    summary: route.summary,
    tags: [route.tag],
    security: SECURITY[route.auth],
    ...(route.verifiedEmail && { description: 'Needs a verified email address (403 email_not_verified).' }),
    parameters: parameters(route),
    ...(route.body && {
      requestBody: {
        required: true,
        content: { 'application/json': { schema: toSchema(route.body, 'input') } },
      },
    }),
    responses: {
      [String(status)]: {
        description: description ?? (schema ? 'Success' : 'Success, no content'),
        ...(schema && { content: { 'application/json': { schema: toSchema(schema, 'output') } } }),
      },
      ...errorResponses(route, [...baseErrors(route), ...(route.errors ?? [])]),
    },
  };
}

/** The OpenAPI 3.1 document of the whole product, generated from the route table and the zod schemas. */
export function createOpenApiDocument(options: { serverUrl?: string; version?: string } = {}) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of API_ROUTES) {
    paths[route.path] = { ...paths[route.path], [route.method]: operation(route) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'HormoHelp API',
      version: options.version ?? '1.0.0',
      description:
        'The business API (:4000) and, under /auth/*, the auth service it proxies. Errors are always ' +
        '{"error": {"code", "message", "details"?}}; lists are {"items", "nextCursor"} with ?limit (1-100, ' +
        'default 20) and an opaque ?cursor. Timestamps are ISO 8601 UTC, dates YYYY-MM-DD, money integer paise. ' +
        "Someone else's resource answers exactly like a missing one: 404 not_found.",
    },
    servers: [{ url: options.serverUrl ?? '/' }],
    tags: [...new Set(API_ROUTES.map((route) => route.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: { ErrorBody: toSchema(errorBodySchema, 'output') },
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'RS256 access token',
        },
        refreshCookie: { type: 'apiKey', in: 'cookie', name: 'refresh_token' },
        razorpaySignature: {
          type: 'apiKey',
          in: 'header',
          name: 'X-Razorpay-Signature',
          description: 'HMAC-SHA256 of the raw body with RAZORPAY_WEBHOOK_SECRET',
        },
      },
    },
    'x-error-codes': Object.fromEntries(ERROR_CODES.map((code) => [code, ERROR_STATUS[code]])),
  };
}
