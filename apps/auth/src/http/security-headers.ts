import type { Server } from '@hormohelp/server-kit';

const HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };

/**
 * Every answer, errors included, forbids the browser to guess a type other than the one it names
 * (nosniff) and to send a Referer from it (no-referrer).
 */
export function useSecurityHeaders(app: Server): void {
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(HEADERS);
    done();
  });
}
