import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { handleApi, type ReceivedOrderRequest } from './api-routes';
import { attemptPayment, type CheckoutContext, handleCheckout, type PaymentOutcome } from './checkout-routes';
import { allowAnyOrigin, HttpError, razorpayError, readJson, sendJson } from './http';
import { SandboxStore } from './store';
import { WebhookSender } from './webhooks';

/** How the server-to-server API behaves: the faults tests inject, switchable while running. */
export interface SandboxFault {
  mode: 'normal' | 'slow' | 'fail';
  /** For `slow`: how long each API answer is held back. */
  delayMs?: number;
}

export interface RazorpaySandboxOptions {
  port?: number;
  host?: string;
  keyId: string;
  keySecret: string;
  webhookSecret: string;
  webhookUrl?: string;
  webhookDelayMs?: number;
  webhooksEnabled?: boolean;
  fault?: SandboxFault;
}

export interface RazorpaySandbox {
  url: string;
  port: number;
  store: SandboxStore;
  webhooks: WebhookSender;
  orderRequests: ReceivedOrderRequest[];
  setFault(fault: SandboxFault): void;
  /** Does what the checkout modal's buttons do, for tests that drive no browser. */
  pay(orderId: string, outcome?: PaymentOutcome): ReturnType<typeof attemptPayment>;
  stop(): Promise<void>;
}

// A path, not a URL: under a jsdom test environment `URL` is jsdom's, which fileURLToPath rejects.
const CHECKOUT_SCRIPT = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), '../public/checkout.js'),
  'utf8',
);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function createRazorpaySandbox(options: RazorpaySandboxOptions): Promise<RazorpaySandbox> {
  const store = new SandboxStore();
  const orderRequests: ReceivedOrderRequest[] = [];
  const webhooks = new WebhookSender({
    url: options.webhookUrl,
    secret: options.webhookSecret,
    delayMs: options.webhookDelayMs ?? 1000,
    enabled: options.webhooksEnabled ?? true,
  });
  let fault: SandboxFault = options.fault ?? { mode: 'normal' };
  const context: CheckoutContext = {
    keyId: options.keyId,
    keySecret: options.keySecret,
    store,
    webhooks,
    checkoutScript: CHECKOUT_SCRIPT,
  };

  async function dispatch(req: IncomingMessage, res: ServerResponse) {
    const path = new URL(req.url ?? '/', 'http://sandbox').pathname;
    if (path === '/health') return sendJson(res, 200, { status: 'ok' });
    if (path === '/__control') return control(req, res);
    if (path === '/v1/checkout.js' || path.startsWith('/v1/sandbox/')) {
      allowAnyOrigin(res);
      if (req.method === 'OPTIONS') return void res.writeHead(204).end();
      if (await handleCheckout(req, res, path, context)) return;
    }
    if (path.startsWith('/v1/orders')) {
      if (fault.mode === 'slow') await sleep(fault.delayMs ?? 10_000);
      if (fault.mode === 'fail') throw razorpayError(500, 'The server encountered an error.');
      return handleApi(req, res, path, {
        keyId: options.keyId,
        keySecret: options.keySecret,
        store,
        orderRequests,
      });
    }
    throw razorpayError(404, 'The requested URL was not found on the server.');
  }

  // POST /__control {mode, delayMs, webhooks, webhookDelayMs, webhookUrl}: fault injection for tests
  // and for trying the shop by hand.
  async function control(req: IncomingMessage, res: ServerResponse) {
    if (req.method === 'POST') {
      const body = await readJson(req);
      if (body.mode === 'normal' || body.mode === 'slow' || body.mode === 'fail')
        fault = { mode: body.mode, delayMs: typeof body.delayMs === 'number' ? body.delayMs : undefined };
      if (typeof body.webhooks === 'boolean') webhooks.settings.enabled = body.webhooks;
      if (typeof body.webhookDelayMs === 'number') webhooks.settings.delayMs = body.webhookDelayMs;
      if (typeof body.webhookUrl === 'string') webhooks.settings.url = body.webhookUrl;
    }
    const { enabled, delayMs, url } = webhooks.settings;
    sendJson(res, 200, { fault, webhooks: { enabled, delayMs, url }, deliveries: webhooks.deliveries });
  }

  const server = createServer((req, res) => {
    dispatch(req, res).catch((error: unknown) => {
      if (res.headersSent || res.destroyed) return void res.destroy();
      if (error instanceof HttpError) return sendJson(res, error.status, error.body);
      sendJson(res, 500, razorpayError(500, 'The server encountered an error.').body);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    store,
    webhooks,
    orderRequests,
    setFault(next) {
      fault = next;
    },
    pay: (orderId, outcome = 'captured') => attemptPayment(context, orderId, outcome),
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
