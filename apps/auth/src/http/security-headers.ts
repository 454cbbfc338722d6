import type { Server } from '@hormohelp/server-kit';

/**
 * Every answer, errors included, forbids the browser to guess a type other than the one it names
 * (nosniff) and to send a Referer from it (no-referrer).
 */
export function useSecurityHeaders(app: Server): void {
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff').header('Referrer-Policy', 'no-referrer');
  });
}
