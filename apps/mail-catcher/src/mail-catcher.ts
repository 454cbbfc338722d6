import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequestHandler } from './http-server';
import { type CaughtMessage, MessageStore } from './message-store';
import { createSmtpReceiver, type TlsIdentity } from './smtp-receiver';

export interface MailCatcher {
  smtpPort: number;
  httpPort: number;
  /** The web page and JSON API. */
  url: string;
  messages(): CaughtMessage[];
  clear(): void;
  /** Resolves with the first message (already caught or still to come) that `matches`. */
  waitFor(matches: (message: CaughtMessage) => boolean, timeoutMs?: number): Promise<CaughtMessage>;
  stop(): Promise<void>;
}

/** An SMTP server that keeps every mail in memory and a web page to read them; port 0 picks a free one. */
export async function createMailCatcher({
  smtpPort = 1025,
  httpPort = 8025,
  host = '127.0.0.1',
  rejectRecipients = false,
  tls,
}: {
  smtpPort?: number;
  httpPort?: number;
  host?: string;
  /** Refuse every recipient (550), to try a sender against a failing server. */
  rejectRecipients?: boolean;
  /** Offer STARTTLS with this key and certificate. */
  tls?: TlsIdentity;
} = {}): Promise<MailCatcher> {
  const store = new MessageStore();
  const waiters = new Set<(message: CaughtMessage) => void>();
  const smtp = createSmtpReceiver(
    store,
    (message) => {
      for (const waiter of waiters) waiter(message);
    },
    { rejectRecipients, tls },
  );
  smtp.on('error', () => {});
  await new Promise<void>((resolve, reject) => {
    smtp.server.once('error', reject);
    smtp.listen(smtpPort, host, () => resolve());
  });
  const http = createServer(createRequestHandler(store));
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(httpPort, host, () => resolve());
  });
  const boundHttp = (http.address() as AddressInfo).port;

  return {
    smtpPort: (smtp.server.address() as AddressInfo).port,
    httpPort: boundHttp,
    url: `http://${host}:${boundHttp}`,
    messages: () => store.list(),
    clear: () => store.clear(),
    waitFor(matches, timeoutMs = 10_000) {
      const existing = store.list().find(matches);
      if (existing) return Promise.resolve(existing);
      return new Promise((resolve, reject) => {
        const waiter = (message: CaughtMessage) => {
          if (!matches(message)) return;
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve(message);
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`no matching mail within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    async stop() {
      http.closeAllConnections();
      await Promise.all([
        new Promise<void>((resolve) => http.close(() => resolve())),
        new Promise<void>((resolve) => smtp.close(() => resolve())),
      ]);
    },
  };
}
