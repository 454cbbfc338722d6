import swagger, { type FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import { ERROR_CODES, ERROR_STATUS, type ErrorCode, errorBodySchema } from '@hormohelp/contracts';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Access } from './access';
import type { Server } from './create-server';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Error codes the route can answer beyond those every route of its kind has (see `baseErrorsOf`). */
    errors?: readonly ErrorCode[];
  }
}

type JsonSchema = Record<string, unknown>;
type Transform = NonNullable<FastifyDynamicSwaggerOptions['transform']>;

const ERROR_REF = { $ref: '#/components/schemas/ErrorBody' };

const SECURITY: Record<Access, Record<string, string[]>[]> = {
  public: [],
  'signed-in': [{ bearerAuth: [] }],
  verified: [{ bearerAuth: [] }],
};

/** A proxied route answers 502 when the service behind the proxy does not answer at all. */
const PROXY_UNAVAILABLE = {
  '502': {
    description: 'Error: upstream_unavailable (the service behind the proxy did not answer)',
    content: { 'application/json': { schema: ERROR_REF } },
  },
};

/** The error codes a route can answer because of what it takes and who may call it. */
function baseErrorsOf(schema: JsonSchema, access: Access | undefined): ErrorCode[] {
  const codes: ErrorCode[] = ['internal'];
  if (schema.body)
    codes.push('validation_error', 'invalid_json', 'payload_too_large', 'unsupported_media_type');
  if (schema.querystring) codes.push('validation_error');
  if (schema.params) codes.push('not_found');
  if (access === 'signed-in' || access === 'verified') codes.push('unauthorized');
  if (access === 'verified') codes.push('email_not_verified');
  return codes;
}

/** One response per status, naming the codes it can carry, each with the contract's error body. */
function errorResponses(codes: ErrorCode[]): Record<string, JsonSchema> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of new Set(codes)) {
    const status = ERROR_STATUS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return Object.fromEntries(
    [...byStatus].map(([status, list]) => [
      String(status),
      { description: `Error: ${list.join(', ')}`, content: { 'application/json': { schema: ERROR_REF } } },
    ]),
  );
}

/**
 * Each route's zod schemas as JSON Schema (fastify-type-provider-zod), plus what the declaration
 * says beyond them: the security its access needs and every error it can answer.
 */
const documentRoute: Transform = (input) => {
  const { schema, url } = jsonSchemaTransform(input as Parameters<typeof jsonSchemaTransform>[0]);
  if ((schema as JsonSchema).hide) return { schema, url };
  const config = input.route.config ?? {};
  const access = config.access;
  const documented = schema as JsonSchema;
  const codes = [...baseErrorsOf(documented, access), ...(config.errors ?? [])];
  return {
    url,
    schema: {
      ...documented,
      // A route that proves its caller otherwise (a cookie, a signature) names its own scheme.
      ...(access && {
        security: (documented.security as (typeof SECURITY)[Access] | undefined) ?? SECURITY[access],
      }),
      ...(access === 'verified' && {
        description: 'Needs a verified email address (403 email_not_verified).',
      }),
      response: {
        ...(documented.response as JsonSchema),
        ...errorResponses(codes),
        ...(config.proxied && PROXY_UNAVAILABLE),
      },
    },
  };
};

export interface OpenApiOptions {
  title: string;
  description: string;
  version?: string;
  /** Security schemes beyond the bearer token (a cookie, a webhook signature). */
  securitySchemes?: Record<string, JsonSchema>;
  /** Where the document is served; `/openapi.json` unless the service lives under a prefix. */
  path?: string;
}

/** The document changes only with a deployment: browsers and tools may keep it five minutes. */
const DOCUMENT_CACHE_CONTROL = 'public, max-age=300';

function errorBodyJsonSchema(): JsonSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(errorBodySchema, { io: 'output' }) as JsonSchema;
  return json;
}

/**
 * The OpenAPI 3.1 document of every route registered after this call, served at `GET /openapi.json`
 * (or `path`) with no token. It is generated from the same declarations that validate and serialise, so it
 * cannot drift from what a handler accepts.
 */
export async function useOpenApi(app: Server, options: OpenApiOptions): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: options.title, version: options.version ?? '1.0.0', description: options.description },
      servers: [{ url: '/' }],
      components: {
        schemas: { ErrorBody: errorBodyJsonSchema() },
        securitySchemes: {
          bearerAuth: {
            type: 'http',
            scheme: 'bearer',
            bearerFormat: 'JWT',
            description: 'RS256 access token',
          },
          ...options.securitySchemes,
        },
      },
      'x-error-codes': Object.fromEntries(ERROR_CODES.map((code) => [code, ERROR_STATUS[code]])),
    } as FastifyDynamicSwaggerOptions['openapi'],
    transform: documentRoute,
  });
  app.get(
    options.path ?? '/openapi.json',
    {
      config: { access: 'public' },
      schema: {
        summary: 'This document',
        tags: ['meta'],
        response: { 200: z.record(z.string(), z.unknown()) },
      },
    },
    async (_request, reply) => {
      reply.header('Cache-Control', DOCUMENT_CACHE_CONTROL);
      return app.swagger() as unknown as Record<string, unknown>;
    },
  );
}
