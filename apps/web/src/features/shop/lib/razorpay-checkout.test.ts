import { afterEach, describe, expect, it } from 'vitest';
import { CheckoutLoadError, loadCheckoutScript, type RazorpayConstructor } from './razorpay-checkout';

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
