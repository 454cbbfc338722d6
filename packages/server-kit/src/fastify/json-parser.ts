import { isUtf8 } from 'node:buffer';
import type { FastifyInstance } from 'fastify';
import secureJson from 'secure-json-parse';
import { AppError } from '../app-error';

const NUL_MESSAGE = 'Must not contain a NUL character';

interface JsonNode {
  value: unknown;
  key?: string;
  parent?: JsonNode;
}

function pathOf(node: JsonNode): string {
  const keys: string[] = [];
  for (let at: JsonNode | undefined = node; at?.key !== undefined; at = at.parent) keys.unshift(at.key);
  return keys.join('.') || '_';
}

/**
 * PostgreSQL text and jsonb cannot hold U+0000: a NUL in any key or string is a validation error
 * naming the field instead of a 500. Walked with an explicit stack, so a body nested thousands deep
 * costs no more.
 */
export function nulFieldsOf(body: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  const stack: JsonNode[] = [{ value: body }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node.value === 'string') {
      if (node.value.includes('\u0000')) fields[pathOf(node)] ??= NUL_MESSAGE;
    } else if (node.value !== null && typeof node.value === 'object') {
      for (const [key, value] of Object.entries(node.value)) {
        const child = { value, key, parent: node };
        if (key.includes('\u0000')) fields[pathOf(child)] ??= NUL_MESSAGE;
        stack.push(child);
      }
    }
  }
  return fields;
}

/**
 * JSON (RFC 8259: UTF-8 only) as the one body type, parsed with Fastify's own secure parser (no
 * `__proto__` or `constructor.prototype` keys). Invalid bytes would otherwise be stored as U+FFFD.
 * Every other media type has no parser, so Fastify answers it 415.
 */
export function useJsonBodies(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) => {
    const bytes = body as Buffer;
    if (bytes.length === 0) return done(null, {});
    if (!isUtf8(bytes))
      return done(new AppError('invalid_json', { message: 'The body is not valid UTF-8.' }));
    let parsed: unknown;
    try {
      parsed = secureJson.parse(bytes.toString('utf8'), undefined, {
        protoAction: 'remove',
        constructorAction: 'remove',
      });
    } catch {
      return done(new AppError('invalid_json'));
    }
    const fields = nulFieldsOf(parsed);
    if (Object.keys(fields).length > 0)
      return done(new AppError('validation_error', { details: { fields } }));
    done(null, parsed);
  });
}

/** Any body as its raw bytes, for a route whose signature covers them (a webhook). */
export function useRawBodies(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
}
