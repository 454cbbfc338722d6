// @vitest-environment jsdom
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createRazorpaySandbox,
  type PaymentFailure,
  type RazorpaySandbox,
  type SandboxOrder,
} from '../src/index';

// The DOM as this test uses it (the repository's TypeScript has no DOM library outside the web app).
interface Element {
  textContent: string | null;
  disabled?: boolean;
  getAttribute(name: string): string | null;
  querySelector(selector: string): Element | null;
  querySelectorAll(selector: string): ArrayLike<Element>;
  dispatchEvent(event: unknown): boolean;
  click(): void;
  focus(): void;
}
interface CheckoutInstance {
  open(): CheckoutInstance;
  close(): void;
  on(
    event: 'payment.failed',
    callback: (response: { error: PaymentFailure['error'] }) => void,
  ): CheckoutInstance;
}
interface Page {
  document: Element & { activeElement: Element | null; body: Element; createElement(tag: string): Element };
  KeyboardEvent: new (type: string, init: Record<string, unknown>) => unknown;
  Razorpay?: new (options: Record<string, unknown>) => CheckoutInstance;
}
const page = globalThis as unknown as Page;

const KEY_ID = 'rzp_test_checkout';
const KEY_SECRET = 'checkout_key_secret';
let sandbox: RazorpaySandbox;

beforeAll(async () => {
  sandbox = await createRazorpaySandbox({
    keyId: KEY_ID,
    keySecret: KEY_SECRET,
    webhookSecret: 'w',
    webhooksEnabled: false,
  });
  const src = `${sandbox.url}/v1/checkout.js`;
  const response = await fetch(src);
  expect(response.headers.get('content-type')).toMatch(/javascript/);
  const script = await response.text();
  // Run the served script as the browser would, with document.currentScript pointing at its URL.
  Object.defineProperty(page.document, 'currentScript', { value: { src }, configurable: true });
  new Function(script)();
});
afterAll(() => sandbox?.stop());

async function newOrder(amount: number): Promise<string> {
  const response = await fetch(`${sandbox.url}/v1/orders`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`${KEY_ID}:${KEY_SECRET}`).toString('base64')}` },
    body: JSON.stringify({ amount, currency: 'INR' }),
  });
  return ((await response.json()) as SandboxOrder).id;
}

const dialog = () => page.document.querySelector('[role="dialog"]');
const button = (name: RegExp) =>
  Array.from(dialog()!.querySelectorAll('button')).find((b) =>
    name.test(b.getAttribute('aria-label') ?? b.textContent ?? ''),
  )!;
const press = (key: string, shiftKey = false) =>
  page.document.activeElement!.dispatchEvent(
    new page.KeyboardEvent('keydown', { key, shiftKey, bubbles: true }),
  );

describe('the sandbox checkout.js', () => {
  it('defines window.Razorpay with Razorpay’s constructor interface', () => {
    expect(typeof page.Razorpay).toBe('function');
    const checkout = new page.Razorpay!({ key: KEY_ID, order_id: 'order_x', amount: 100 });
    expect(typeof checkout.open).toBe('function');
    expect(typeof checkout.on).toBe('function');
    expect(() => new page.Razorpay!({ order_id: 'order_x' })).toThrow(/key/);
  });

  it('opens an accessible modal with the amount in rupees, focus trapped, and Escape closing it', async () => {
    let dismissed = false;
    const orderId = await newOrder(129900);
    new page.Razorpay!({
      key: KEY_ID,
      order_id: orderId,
      amount: 129900,
      currency: 'INR',
      name: 'HormoHelp',
      modal: { ondismiss: () => (dismissed = true) },
    }).open();

    const modal = dialog()!;
    expect(modal.getAttribute('aria-modal')).toBe('true');
    const title = page.document.querySelector(`#${modal.getAttribute('aria-labelledby')}`)!;
    expect(title.textContent).toBe('HormoHelp');
    expect(modal.textContent).toContain('₹1,299.00');
    expect(page.document.activeElement).toBe(button(/^Pay ₹1,299\.00$/));
    expect(button(/Close checkout/)).toBeDefined();

    press('Tab');
    expect(page.document.activeElement).toBe(button(/Fail payment/));
    press('Tab');
    expect(page.document.activeElement).toBe(button(/Close checkout/));
    press('Tab', true);
    expect(page.document.activeElement).toBe(button(/Fail payment/));

    press('Escape');
    expect(dialog()).toBeNull();
    expect(dismissed).toBe(true);
  });

  it('pays: the handler receives the signed triple, and the signature verifies with HMAC-SHA256', async () => {
    const orderId = await newOrder(34900);
    const result = await new Promise<Record<string, string>>((resolve) => {
      new page.Razorpay!({ key: KEY_ID, order_id: orderId, amount: 34900, handler: resolve }).open();
      button(/^Pay ₹349\.00$/).click();
    });
    expect(result.razorpay_order_id).toBe(orderId);
    expect(result.razorpay_signature).toBe(
      createHmac('sha256', KEY_SECRET).update(`${orderId}|${result.razorpay_payment_id}`).digest('hex'),
    );
    expect(dialog()).toBeNull();
    expect(sandbox.store.paymentsOf(orderId)).toEqual([expect.objectContaining({ status: 'captured' })]);
  });

  it('fails: payment.failed listeners get Razorpay’s error, and the modal stays open to retry', async () => {
    const orderId = await newOrder(10000);
    const checkout = new page.Razorpay!({ key: KEY_ID, order_id: orderId, amount: 10000 });
    const failure = await new Promise<{ error: PaymentFailure['error'] }>((resolve) => {
      checkout.on('payment.failed', resolve).open();
      button(/Fail payment/).click();
    });
    expect(failure.error).toMatchObject({ code: 'BAD_REQUEST_ERROR', metadata: { order_id: orderId } });
    expect(dialog()!.querySelector('[role="status"]')!.textContent).toMatch(/Payment failed/);
    checkout.close();
    expect(dialog()).toBeNull();
  });
});
