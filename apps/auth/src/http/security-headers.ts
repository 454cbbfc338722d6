import { accessOf, type Server } from '@hormohelp/server-kit';

const HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };

/**
 * Every answer, errors included, forbids the browser to guess a type other than the one it names
 * (nosniff) and to send a Referer from it (no-referrer). A route that needs a token is about one
 * person's account: all its answers, a 401 included, are `no-store`, so no cache keeps them.
 */
export function useSecurityHeaders(app: Server): void {
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(HEADERS);
    const access = accessOf(request);
    if (access !== undefined && access !== 'public') reply.header('Cache-Control', 'no-store');
    done();
  });
}
