import fastJsonStringify from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify/types/schema';
import { z } from 'zod';

/**
 * Answers are written by fast-json-stringify from each response schema's JSON Schema, compiled
 * once per route: only the fields the schema names leave the server (a guard for health data),
 * without re-validating what the handler built from the database on every request. Parsing every
 * answer through zod (its uuid and datetime checks on each row) cost the hot lists a fifth of
 * their throughput against a bare server.
 */
export const responseSerializerCompiler: FastifySerializerCompiler<z.ZodType> = ({ schema }) => {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, {
    io: 'output',
    target: 'draft-7',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return fastJsonStringify(json);
};
