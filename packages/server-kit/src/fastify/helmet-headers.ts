import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';
import type { Server } from './create-server';

/**
 * The headers helmet sets, worked out once: without CSP nonces they are the same on every answer.
 * (The Fastify plugin builds helmet's middleware again, and parses the CSP again, on each request.)
 */
export function helmetHeaders(options?: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: string) {
      headers[name] = value;
    },
    removeHeader(name: string) {
      delete headers[name];
    },
  };
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
  });
  return headers;
}

/** Helmet's headers (by default: a strict CSP, nosniff, frame and referrer rules) on every answer, errors included. */
export function useHelmetHeaders(app: Server, options?: HelmetOptions): void {
  const headers = helmetHeaders(options);
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}
