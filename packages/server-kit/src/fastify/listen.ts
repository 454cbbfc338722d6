import type { AddressInfo } from 'node:net';
import type { Server } from './create-server';

export interface RunningServer {
  app: Server;
  port: number;
  url: string;
  /** Stops accepting connections, lets in-flight requests finish (up to `graceMs`), then closes the rest. */
  stop(graceMs?: number): Promise<void>;
}

export interface ListenOptions {
  port: number;
  host?: string;
}

/**
 * Listens, and stops with `fastify.close()`: no new connection is taken, idle keep-alive sockets end
 * at once, and while stopping every answer carries `Connection: close`, since a keep-alive client
 * would otherwise go on sending on its open socket. What is still running after `graceMs` is cut.
 */
export async function listen(
  app: Server,
  { port, host = '127.0.0.1' }: ListenOptions,
): Promise<RunningServer> {
  let isStopping = false;
  // Synchronous: it runs on every answer, and an async hook costs a promise each time.
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (isStopping) reply.header('Connection', 'close');
    done(null, payload);
  });
  await app.listen({ port, host });
  const address = app.server.address() as AddressInfo;
  let stopping: Promise<void> | undefined;
  return {
    app,
    port: address.port,
    url: `http://${host}:${address.port}`,
    stop(graceMs = 8_000) {
      isStopping = true;
      stopping ??= (async () => {
        const force = setTimeout(() => app.server.closeAllConnections(), graceMs);
        force.unref();
        try {
          await app.close();
        } finally {
          clearTimeout(force);
        }
      })();
      return stopping;
    },
  };
}
