import type { IncomingMessage, ServerResponse } from 'node:http';
import { basicCredentials, razorpayError, readJson, sendJson } from './http';
import { isSameSecret } from './signatures';
import type { SandboxStore } from './store';

export interface ReceivedOrderRequest {
  amount: unknown;
  currency: unknown;
  receipt: unknown;
  notes: unknown;
}

interface ApiContext {
  keyId: string;
  keySecret: string;
  store: SandboxStore;
  /** Every body POST /v1/orders accepted, so tests can see exactly what was charged. */
  orderRequests: ReceivedOrderRequest[];
}

const ORDER_PATH = /^\/v1\/orders\/(order_[A-Za-z0-9]{14})(\/payments)?$/;

/** The server-to-server part of Razorpay's API: Basic auth with key_id:key_secret. */
export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  context: ApiContext,
) {
  const credentials = basicCredentials(req);
  const authorised =
    credentials !== undefined &&
    isSameSecret(credentials.user, context.keyId) &&
    isSameSecret(credentials.password, context.keySecret);
  if (!authorised) throw razorpayError(401, 'Authentication failed');

  if (path === '/v1/orders' && req.method === 'POST') {
    const body = await readJson(req);
    const order = context.store.createOrder(parseOrderInput(body));
    context.orderRequests.push({
      amount: body.amount,
      currency: body.currency,
      receipt: body.receipt,
      notes: body.notes,
    });
    return sendJson(res, 200, order);
  }

  const match = ORDER_PATH.exec(path);
  const order = match?.[1] ? context.store.orders.get(match[1]) : undefined;
  if (req.method === 'GET' && match) {
    if (!order) throw razorpayError(400, 'The id provided does not exist');
    if (!match[2]) return sendJson(res, 200, order);
    const items = context.store.paymentsOf(order.id);
    return sendJson(res, 200, { entity: 'collection', count: items.length, items });
  }
  throw razorpayError(400, 'The requested URL was not found on the server.');
}

function parseOrderInput(body: Record<string, unknown>) {
  const { amount, currency, receipt, notes } = body;
  if (typeof amount !== 'number' || !Number.isInteger(amount))
    throw razorpayError(400, 'The amount must be an integer.', { field: 'amount' });
  if (amount < 100) throw razorpayError(400, 'The amount must be atleast INR 1.00', { field: 'amount' });
  if (currency !== 'INR') throw razorpayError(400, 'The currency is invalid.', { field: 'currency' });
  if (receipt !== undefined && (typeof receipt !== 'string' || receipt.length > 40))
    throw razorpayError(400, 'The receipt may not be greater than 40 characters.', { field: 'receipt' });
  const noteEntries = notes === undefined ? [] : Object.entries(notes as object);
  if (typeof notes === 'object' && notes !== null && noteEntries.length > 15)
    throw razorpayError(400, 'The notes may not have more than 15 items.', { field: 'notes' });
  return {
    amount,
    currency,
    receipt: (receipt as string | undefined) ?? null,
    notes: Object.fromEntries(noteEntries.map(([key, value]) => [key, String(value)])),
  };
}
