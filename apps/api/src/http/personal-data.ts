import { accessOf, authenticate, type Server, type TokenVerifier } from '@hormohelp/server-kit';

/**
 * /api and /users hold a person's own data. Every answer under them but a public route's is
 * `no-store`, errors included, so no browser or shared cache keeps it; and a path there that no
 * route takes still needs a token, so the 404 tells nobody signed-out which paths exist.
 */
export function usePersonalData(app: Server, verify: TokenVerifier): void {
  // Synchronous but for the token check of a path no route takes: it runs on every request.
  app.addHook('onRequest', (request, reply, done) => {
    if (request.method === 'OPTIONS' || !isPersonal(request.url)) return done();
    const access = accessOf(request);
    if (access === 'public') return done();
    reply.header('Cache-Control', 'no-store');
    if (access !== undefined) return done();
    authenticate(verify, request.headers.authorization).then((claims) => {
      request.user = claims;
      done();
    }, done);
  });
}

/** `/api`, `/api/…`, `/users`, `/users/…`, in any letter case, as the router matches. */
function isPersonal(url: string): boolean {
  return isUnder(url, '/api') || isUnder(url, '/users');
}

function isUnder(url: string, prefix: string): boolean {
  const head = url.slice(0, prefix.length).toLowerCase();
  const next = url[prefix.length];
  return head === prefix && (next === undefined || next === '/' || next === '?');
}
