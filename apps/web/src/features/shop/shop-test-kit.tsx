/** What the shop page's tests share: cart lines, a stand-in for Razorpay, the fake API and the page in its toaster. */
import toast, { Toaster } from 'react-hot-toast';
import { afterEach, beforeEach } from 'vitest';
import { installFakeBackend, makeUser } from '@/test/fake-backend';
import { render, screen, within } from '@/test/render';
import type { RazorpayOptions } from './lib/razorpay-checkout';
import ShopPage from './shop-page';
import { cartLine, INOSITOL, TEA } from './test-data';

export const LINE_A = cartLine('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', INOSITOL, 1);
export const LINE_B = cartLine('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', TEA, 2);

/** Stands in for Razorpay's checkout.js: records what the page asks for, lets the test play the person. */
export class FakeRazorpay {
  static last: FakeRazorpay | undefined;
  opened = false;
  failed: Array<(response: unknown) => void> = [];
  constructor(public options: RazorpayOptions) {
    FakeRazorpay.last = this;
  }
  open() {
    this.opened = true;
  }
  on(_event: string, callback: (response: unknown) => void) {
    this.failed.push(callback);
  }
}

let installed: ReturnType<typeof installFakeBackend> | undefined;

/**
 * The hooks every shop test file needs: a signed-in person (`auth.user`, the file's mocked session),
 * the Razorpay stand-in, and, after each test, the real network and an empty toast store back.
 */
export function prepareShopTests(auth: { user: unknown }): void {
  beforeEach(() => {
    auth.user = makeUser();
    FakeRazorpay.last = undefined;
    window.Razorpay = FakeRazorpay as unknown as typeof window.Razorpay;
  });
  afterEach(() => {
    installed?.restore();
    installed = undefined;
    delete window.Razorpay;
    // Toasts live in a module-wide store: one left from an earlier test would show in the next Toaster.
    toast.remove();
  });
}

export function shopBackend(
  cart: { items: (typeof LINE_A)[] },
  extra: Parameters<typeof installFakeBackend>[0] = {},
) {
  installed = installFakeBackend({
    'GET /api/products': () => ({ status: 200, data: { items: [INOSITOL, TEA] } }),
    'GET /api/cart': () => ({ status: 200, data: { items: cart.items, subtotalPaise: 0 } }),
    'GET /api/orders': () => ({ status: 200, data: { items: [], nextCursor: null } }),
    ...extra,
  });
  return installed;
}

export const subtotal = () => screen.getByTestId('cart-subtotal');
export const quantityOf = (name: string) => screen.getByRole('status', { name: `Quantity of ${name}` });
export const increase = (name: string) =>
  screen.getByRole('button', { name: `Increase quantity of ${name}` });
export const removeButton = (name: string) =>
  screen.getByRole('button', { name: `Remove ${name} from cart` });
export const cartLines = () =>
  within(screen.getByRole('list', { name: 'Items in your cart' })).getAllByRole('listitem');

export type Reply = { status: number; data?: unknown };

/** A reply the test sends when it chooses, to see the page while the request is on its way. */
export function heldReply() {
  let send: (reply: Reply) => void = () => {};
  const reply = new Promise<Reply>((resolve) => {
    send = resolve;
  });
  return { reply: () => reply, send };
}

export const serverTrouble = (message: string): Reply => ({
  status: 500,
  data: { error: { code: 'internal_error', message } },
});

export function renderShop() {
  return render(
    <>
      <ShopPage />
      <Toaster />
    </>,
  );
}

export const createdOrder = (amount: number): Reply => ({
  status: 201,
  data: { razorpay_order_id: 'order_Sandbox123', amount, currency: 'INR', key_id: 'rzp_test_key' },
});

export const SANDBOX_PAYMENT = {
  razorpay_order_id: 'order_Sandbox123',
  razorpay_payment_id: 'pay_Sandbox456',
  razorpay_signature: 'a1b2c3',
};
