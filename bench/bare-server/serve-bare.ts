import { createServer, type RequestListener } from 'node:http';
import type { Pool } from '@hormohelp/db';

/**
 * Serves a bare ceiling on PORT as the services are served (5 s keep-alive), and on SIGTERM
 * closes every connection and the pool, then exits.
 */
export function serveBare(listener: RequestListener, pool: Pool): void {
  const server = createServer(listener);
  server.keepAliveTimeout = 5_000;
  server.listen(Number(process.env.PORT), '127.0.0.1');
  process.on('SIGTERM', () => {
    server.closeAllConnections();
    server.close(() => {
      void pool.end().then(() => process.exit(0));
    });
  });
}
