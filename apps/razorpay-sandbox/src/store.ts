import { randomInt } from 'node:crypto';

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Razorpay ids: a prefix and 14 base62 characters, e.g. `order_DaZlswtdcn9UNV`. */
export function newRazorpayId(prefix: 'order' | 'pay' | 'evt'): string {
  let id = '';
  for (let i = 0; i < 14; i += 1) id += ID_ALPHABET[randomInt(ID_ALPHABET.length)];
  return `${prefix}_${id}`;
}

const now = () => Math.floor(Date.now() / 1000);

export interface SandboxOrder {
  id: string;
  entity: 'order';
  amount: number;
  amount_paid: number;
  amount_due: number;
  currency: string;
  receipt: string | null;
  offer_id: null;
  status: 'created' | 'attempted' | 'paid';
  attempts: number;
  notes: Record<string, string>;
  created_at: number;
}

export interface SandboxPayment {
  id: string;
  entity: 'payment';
  amount: number;
  currency: string;
  status: 'captured' | 'failed';
  order_id: string;
  invoice_id: null;
  international: false;
  method: 'card';
  amount_refunded: 0;
  refund_status: null;
  captured: boolean;
  description: string;
  card_id: null;
  bank: null;
  wallet: null;
  vpa: null;
  email: string;
  contact: string;
  notes: Record<string, string>;
  fee: number;
  tax: number;
  error_code: string | null;
  error_description: string | null;
  error_source: string | null;
  error_step: string | null;
  error_reason: string | null;
  created_at: number;
}

/** Everything the sandbox remembers, in memory: it is a stand-in, not a ledger. */
export class SandboxStore {
  readonly orders = new Map<string, SandboxOrder>();
  readonly payments: SandboxPayment[] = [];

  createOrder(input: {
    amount: number;
    currency: string;
    receipt: string | null;
    notes: Record<string, string>;
  }) {
    const order: SandboxOrder = {
      id: newRazorpayId('order'),
      entity: 'order',
      amount: input.amount,
      amount_paid: 0,
      amount_due: input.amount,
      currency: input.currency,
      receipt: input.receipt,
      offer_id: null,
      status: 'created',
      attempts: 0,
      notes: input.notes,
      created_at: now(),
    };
    this.orders.set(order.id, order);
    return order;
  }

  /** One payment attempt on an order: captured at once (auto-capture), or failed. */
  recordPayment(order: SandboxOrder, outcome: 'captured' | 'failed'): SandboxPayment {
    const failed = outcome === 'failed';
    const payment: SandboxPayment = {
      id: newRazorpayId('pay'),
      entity: 'payment',
      amount: order.amount,
      currency: order.currency,
      status: outcome,
      order_id: order.id,
      invoice_id: null,
      international: false,
      method: 'card',
      amount_refunded: 0,
      refund_status: null,
      captured: !failed,
      description: 'HormoHelp order',
      card_id: null,
      bank: null,
      wallet: null,
      vpa: null,
      email: 'sandbox@example.com',
      contact: '+919999999999',
      notes: {},
      fee: failed ? 0 : Math.round(order.amount * 0.02),
      tax: failed ? 0 : Math.round(order.amount * 0.0036),
      error_code: failed ? 'BAD_REQUEST_ERROR' : null,
      error_description: failed ? 'Payment failed in the sandbox' : null,
      error_source: failed ? 'customer' : null,
      error_step: failed ? 'payment_authentication' : null,
      error_reason: failed ? 'payment_failed' : null,
      created_at: now(),
    };
    this.payments.push(payment);
    order.attempts += 1;
    if (failed) {
      if (order.status === 'created') order.status = 'attempted';
    } else {
      order.status = 'paid';
      order.amount_paid = order.amount;
      order.amount_due = 0;
    }
    return payment;
  }

  paymentsOf(orderId: string): SandboxPayment[] {
    return this.payments.filter((payment) => payment.order_id === orderId);
  }
}
