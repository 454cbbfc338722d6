/** The slice of Razorpay's Checkout.js API the shop uses (https://razorpay.com/docs/payments/payment-gateway/web-integration/standard/). */
export interface RazorpaySuccess {
  razorpay_order_id: string;
  razorpay_payment_id: string;
  razorpay_signature: string;
}

export interface RazorpayFailure {
  error?: { code?: string; description?: string; reason?: string };
}

export interface RazorpayOptions {
  key: string;
  amount: number;
  currency: string;
  order_id: string;
  name: string;
  description: string;
  prefill?: { name?: string; email?: string };
  theme?: { color?: string };
  handler: (response: RazorpaySuccess) => void;
  modal?: { ondismiss?: () => void };
}

export interface RazorpayInstance {
  open(): void;
  on?(event: 'payment.failed', callback: (response: RazorpayFailure) => void): void;
}

export type RazorpayConstructor = new (options: RazorpayOptions) => RazorpayInstance;

declare global {
  interface Window {
    Razorpay?: RazorpayConstructor;
  }
}

export const CHECKOUT_SCRIPT_URL: string =
  import.meta.env.VITE_RAZORPAY_CHECKOUT_URL ?? 'http://localhost:9090/v1/checkout.js';

/** The checkout script did not load (offline, blocked by an extension, sandbox down). */
export class CheckoutLoadError extends Error {
  constructor() {
    super('The payment window could not be loaded. Check your connection and try again.');
    this.name = 'CheckoutLoadError';
  }
}

/** The person closed the payment window without paying. */
export class CheckoutDismissedError extends Error {
  constructor() {
    super('The payment window was closed before paying.');
    this.name = 'CheckoutDismissedError';
  }
}

let loading: Promise<RazorpayConstructor> | null = null;

/**
 * Injects the checkout script once, the first time someone pays (not on page load: it is a third-party
 * script the other pages never need). Once loaded, `window.Razorpay` is the cache; a failed load is
 * forgotten so that the next attempt injects a fresh script.
 */
export function loadCheckoutScript(src: string = CHECKOUT_SCRIPT_URL): Promise<RazorpayConstructor> {
  if (window.Razorpay) return Promise.resolve(window.Razorpay);
  loading ??= new Promise<RazorpayConstructor>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.async = true;
    script.dataset.razorpayCheckout = '';
    const fail = () => {
      script.remove();
      loading = null;
      reject(new CheckoutLoadError());
    };
    script.addEventListener('load', () => {
      if (!window.Razorpay) return fail();
      loading = null;
      resolve(window.Razorpay);
    });
    script.addEventListener('error', fail);
    document.head.append(script);
  });
  return loading;
}

export interface CheckoutWindowEvents {
  /** The window is opening: from now on the person pays (or decides not to) in it. */
  onOpen: () => void;
  /** A payment was tried in the window and refused, with Razorpay's reason; the window stays open. */
  onFailedAttempt: (reason: string) => void;
}

/**
 * Opens the checkout for one order and waits for the person. Resolves with the payment Razorpay
 * reports, once however often it reports; rejects with CheckoutDismissedError when the window is
 * closed unpaid. Nothing here is proof of payment: our server verifies the signature.
 */
export function payInCheckoutWindow(
  Razorpay: RazorpayConstructor,
  options: Omit<RazorpayOptions, 'handler' | 'modal'>,
  { onOpen, onFailedAttempt }: CheckoutWindowEvents,
): Promise<RazorpaySuccess> {
  return new Promise<RazorpaySuccess>((resolve, reject) => {
    const checkout = new Razorpay({
      ...options,
      handler: resolve,
      modal: { ondismiss: () => reject(new CheckoutDismissedError()) },
    });
    checkout.on?.('payment.failed', (response) =>
      onFailedAttempt(response.error?.description ?? 'the payment was declined'),
    );
    onOpen();
    checkout.open();
  });
}
