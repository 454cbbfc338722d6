import { isUtf8 } from 'node:buffer';
import type { IncomingMessage, ServerResponse } from 'node:http';
import bodyParser from 'body-parser';
import { AppError } from './app-error';
import { INVALID_UTF8 } from './error-response';

export const BODY_LIMIT = '16kb';

/** A request once its body is read. */
export type RequestWithBody = IncomingMessage & { body?: unknown };

/** A connect-style step: Express takes it as middleware, and a plain node:http server can run it too. */
export type BodyStep = (req: RequestWithBody, res: ServerResponse, next: (error?: unknown) => void) => void;

/**
 * JSON bodies only, at most 16 KB. A request with a body that is not JSON is 415; malformed JSON is
 * 400 invalid_json; an oversized one is 413 payload_too_large; a NUL character anywhere is 400.
 */
export function jsonBody(): BodyStep[] {
  return [
    requireJson,
    bodyParser.json({ limit: BODY_LIMIT, strict: true, verify: requireUtf8 }) as BodyStep,
    rejectNulCharacters,
  ];
}

/** The raw bytes of any body, at most 16 KB, as a Buffer in `req.body` (for signed webhooks). */
export function rawBody(): BodyStep {
  return bodyParser.raw({ type: () => true, limit: BODY_LIMIT }) as BodyStep;
}

/** Whether the request says it has a body: a non-zero Content-Length, or any Transfer-Encoding. */
export function hasBody(req: IncomingMessage): boolean {
  return Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
}

/**
 * Runs body steps in order on a plain node:http request; rejects with the first step's error. A
 * request without a body gets `{}` at once, as the parsers would give it, with no step run.
 */
export function readBody(
  steps: BodyStep[],
  req: RequestWithBody,
  res: ServerResponse,
): Promise<void> | undefined {
  if (!hasBody(req)) {
    req.body = {};
    return undefined;
  }
  return steps.reduce(
    (previous, step) =>
      previous.then(
        () =>
          new Promise<void>((resolve, reject) =>
            step(req, res, (error) => (error ? reject(error) : resolve())),
          ),
      ),
    Promise.resolve(),
  );
}

const requireJson: BodyStep = (req, _res, next) => {
  if (hasBody(req) && mediaTypeOf(req.headers['content-type']) !== 'application/json')
    return next(new AppError('unsupported_media_type'));
  next();
};

/** `application/json; charset=utf-8` → `application/json`. */
function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';', 1)[0]!.trim().toLowerCase();
}

// JSON must be UTF-8 (RFC 8259); without this check invalid bytes would be stored as U+FFFD.
function requireUtf8(_req: unknown, _res: unknown, body: Buffer): void {
  if (!isUtf8(body)) throw Object.assign(new Error('The body is not valid UTF-8.'), { type: INVALID_UTF8 });
}

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
 * PostgreSQL text and jsonb cannot hold U+0000: refuse it in any key or string with a validation
 * error instead of a 500. Walked with an explicit stack, so a body nested thousands deep costs no more.
 */
const rejectNulCharacters: BodyStep = (req, _res, next) => {
  const fields: Record<string, string> = {};
  const stack: JsonNode[] = [{ value: req.body }];
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
  next(
    Object.keys(fields).length > 0 ? new AppError('validation_error', { details: { fields } }) : undefined,
  );
};
