import { afterEach, describe, expect, it } from 'vitest';
import {
  CheckoutDismissedError,
  CheckoutLoadError,
  loadCheckoutScript,
  payInCheckoutWindow,
  type RazorpayConstructor,
  type RazorpayOptions,
} from './razorpay-checkout';

const SRC = 'http://localhost:9090/v1/checkout.js';

function injectedScripts(): HTMLScriptElement[] {
  return [...document.querySelectorAll<HTMLScriptElement>('script[data-razorpay-checkout]')];
}

afterEach(() => {
  for (const script of injectedScripts()) script.remove();
  delete window.Razorpay;
});

describe('loading the Razorpay checkout script', () => {
  it('injects the script once however many payments start while it loads, and resolves with Razorpay', async () => {
    const first = loadCheckoutScript(SRC);
    const second = loadCheckoutScript(SRC);
    expect(injectedScripts()).toHaveLength(1);
    expect(injectedScripts()[0]?.src).toBe(SRC);

    const Razorpay = class {} as unknown as RazorpayConstructor;
    window.Razorpay = Razorpay;
    injectedScripts()[0]?.dispatchEvent(new Event('load'));

    await expect(first).resolves.toBe(Razorpay);
    await expect(second).resolves.toBe(Razorpay);
    await expect(loadCheckoutScript(SRC)).resolves.toBe(Razorpay);
    expect(injectedScripts()).toHaveLength(1);
  });

  it('reports a failed load and tries again with a fresh script on the next payment', async () => {
    const attempt = loadCheckoutScript(SRC);
    injectedScripts()[0]?.dispatchEvent(new Event('error'));
    await expect(attempt).rejects.toBeInstanceOf(CheckoutLoadError);
    expect(injectedScripts()).toHaveLength(0);

    const retry = loadCheckoutScript(SRC);
    expect(injectedScripts()).toHaveLength(1);
    window.Razorpay = class {} as unknown as RazorpayConstructor;
    injectedScripts()[0]?.dispatchEvent(new Event('load'));
    await expect(retry).resolves.toBe(window.Razorpay);
  });
});

/** The checkout window as the test plays it: the options the page gave, and the failure listeners. */
function fakeWindow() {
  const opened: RazorpayOptions[] = [];
  const failureListeners: Array<(response: { error?: { description?: string } }) => void> = [];
  const Razorpay = class {
    constructor(private readonly options: RazorpayOptions) {}
    open() {
      opened.push(this.options);
    }
    on(_event: string, listener: (response: { error?: { description?: string } }) => void) {
      failureListeners.push(listener);
    }
  } as unknown as RazorpayConstructor;
  return { Razorpay, opened, failureListeners };
}

const ORDER_OPTIONS = {
  key: 'rzp_test_key',
  amount: 129_900,
  currency: 'INR',
  order_id: 'order_X',
  name: 'HormoHelp',
  description: '1 item from the HormoHelp shop',
};

const PAYMENT = { razorpay_order_id: 'order_X', razorpay_payment_id: 'pay_Y', razorpay_signature: 'sig' };

describe('paying in the checkout window', () => {
  it('resolves with the first payment Razorpay reports, and a later close or report changes nothing', async () => {
    const { Razorpay, opened } = fakeWindow();
    const events = { onOpen: () => {}, onFailedAttempt: () => {} };
    const payment = payInCheckoutWindow(Razorpay, ORDER_OPTIONS, events);
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject(ORDER_OPTIONS);

    opened[0]?.handler(PAYMENT);
    opened[0]?.handler({ ...PAYMENT, razorpay_payment_id: 'pay_Other' });
    opened[0]?.modal?.ondismiss?.();

    await expect(payment).resolves.toEqual(PAYMENT);
  });

  it('tells of each refused attempt with its reason, and rejects as dismissed when the window is closed unpaid', async () => {
    const { Razorpay, opened, failureListeners } = fakeWindow();
    const reasons: string[] = [];
    let openings = 0;
    const payment = payInCheckoutWindow(Razorpay, ORDER_OPTIONS, {
      onOpen: () => {
        openings += 1;
      },
      onFailedAttempt: (reason) => reasons.push(reason),
    });

    for (const listener of failureListeners) listener({ error: { description: 'Card declined' } });
    for (const listener of failureListeners) listener({});
    opened[0]?.modal?.ondismiss?.();

    await expect(payment).rejects.toBeInstanceOf(CheckoutDismissedError);
    expect(openings).toBe(1);
    expect(reasons).toEqual(['Card declined', 'the payment was declined']);
  });
});
