import type { RequestListener } from 'node:http';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from './logger';

export interface RunningServer {
  server: Server;
  port: number;
  url: string;
  /** Stops accepting connections, lets in-flight requests finish (up to `graceMs`), then closes the rest. */
  stop(graceMs?: number): Promise<void>;
}

export interface ListenOptions {
  port: number;
  host?: string;
}

export async function listen(
  handler: RequestListener,
  { port, host = '127.0.0.1' }: ListenOptions,
): Promise<RunningServer> {
  // While stopping, every answer carries `Connection: close`: a keep-alive client would otherwise go on
  // sending new requests on its open socket, and close() would wait for the grace period to run out.
  let isStopping = false;
  const inFlight = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    if (isStopping) res.setHeader('Connection', 'close');
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
    handler(req, res);
  });
  // Slowloris protection and a bound on how long anyone can hold a socket.
  server.requestTimeout = 30_000;
  server.headersTimeout = 15_000;
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  let stopping: Promise<void> | undefined;
  return {
    server,
    port: address.port,
    url: `http://${host}:${address.port}`,
    stop(graceMs = 8_000) {
      isStopping = true;
      for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
      stopping ??= new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        // Idle keep-alive sockets would otherwise hold close() open until they time out.
        server.closeIdleConnections();
      });
      return stopping;
    },
  };
}

/** SIGTERM/SIGINT: drain, run `cleanup` (close pools), exit. A second signal exits at once. */
export function handleShutdownSignals(logger: Logger, shutdown: () => Promise<void>): void {
  let shuttingDown = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (shuttingDown) process.exit(1);
    shuttingDown = true;
    logger.info({ signal }, 'shutting down');
    shutdown()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
