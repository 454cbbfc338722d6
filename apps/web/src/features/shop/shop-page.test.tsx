import userEvent from '@testing-library/user-event';
import toast, { Toaster } from 'react-hot-toast';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatPaise } from '@/lib/format';
import { delay, installFakeBackend, makeUser } from '@/test/fake-backend';
import { render, screen, waitFor, within } from '@/test/render';
import { DISMISSED_MESSAGE } from './api/use-checkout';
import type { RazorpayOptions } from './lib/razorpay-checkout';
import ShopPage from './shop-page';
import { cartLine, INOSITOL, paidOrder, TEA } from './test-data';

const auth = vi.hoisted(() => ({ user: null as unknown }));
vi.mock('@/features/auth', () => ({ useAuth: () => ({ user: auth.user }) }));

const LINE_A = cartLine('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', INOSITOL, 1);
const LINE_B = cartLine('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', TEA, 2);

/** Stands in for Razorpay's checkout.js: records what the page asks for, lets the test play the person. */
class FakeRazorpay {
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

let backend: ReturnType<typeof installFakeBackend> | undefined;
beforeEach(() => {
  auth.user = makeUser();
  FakeRazorpay.last = undefined;
  window.Razorpay = FakeRazorpay as unknown as typeof window.Razorpay;
});
afterEach(() => {
  backend?.restore();
  delete window.Razorpay;
  // Toasts live in a module-wide store: one left from an earlier test would show in the next Toaster.
  toast.remove();
});

function shopBackend(
  cart: { items: (typeof LINE_A)[] },
  extra: Parameters<typeof installFakeBackend>[0] = {},
) {
  return installFakeBackend({
    'GET /api/products': () => ({ status: 200, data: { items: [INOSITOL, TEA] } }),
    'GET /api/cart': () => ({ status: 200, data: { items: cart.items, subtotalPaise: 0 } }),
    'GET /api/orders': () => ({ status: 200, data: { items: [], nextCursor: null } }),
    ...extra,
  });
}

const subtotal = () => screen.getByTestId('cart-subtotal');

describe('the shop cart', () => {
  it('changes quantities with PATCH, keeps the subtotal in step, and stops at 1 and at the stock', async () => {
    const user = userEvent.setup({ delay: null });
    const patches: unknown[] = [];
    backend = shopBackend(
      { items: [LINE_A, LINE_B] },
      {
        [`PATCH /api/cart/${LINE_A.id}`]: (_call, body) => {
          patches.push(body);
          return {
            status: 200,
            data: { item: { ...LINE_A, quantity: (body as { quantity: number }).quantity } },
          };
        },
        [`PATCH /api/cart/${LINE_B.id}`]: (_call, body) => ({
          status: 200,
          data: { item: { ...LINE_B, quantity: (body as { quantity: number }).quantity } },
        }),
      },
    );
    render(<ShopPage />);
    expect(document.title).toBe('Shop · HormoHelp');
    await waitFor(() => expect(subtotal()).toHaveTextContent(formatPaise(129_900 + 2 * 39_900)));

    await user.click(screen.getByRole('button', { name: `Increase quantity of ${INOSITOL.name}` }));
    await waitFor(() => expect(subtotal()).toHaveTextContent(formatPaise(2 * 129_900 + 2 * 39_900)));
    expect(patches).toEqual([{ quantity: 2 }]);

    expect(screen.getByRole('button', { name: `Decrease quantity of ${TEA.name}` })).toBeEnabled();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: `Increase quantity of ${INOSITOL.name}` })).toBeEnabled(),
    );
    await user.click(screen.getByRole('button', { name: `Decrease quantity of ${INOSITOL.name}` }));
    await waitFor(() => expect(patches).toEqual([{ quantity: 2 }, { quantity: 1 }]));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: `Decrease quantity of ${INOSITOL.name}` })).toBeDisabled(),
    );
    expect(subtotal()).toHaveTextContent(formatPaise(129_900 + 2 * 39_900));

    // The tea has 3 in stock: the third is the last one the stepper offers.
    await user.click(screen.getByRole('button', { name: `Increase quantity of ${TEA.name}` }));
    await waitFor(() => expect(subtotal()).toHaveTextContent(formatPaise(129_900 + 3 * 39_900)));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: `Decrease quantity of ${TEA.name}` })).toBeEnabled(),
    );
    expect(screen.getByRole('button', { name: `Increase quantity of ${TEA.name}` })).toBeDisabled();
  }, 15_000);

  it('puts the old quantity back when the server refuses the change', async () => {
    const user = userEvent.setup({ delay: null });
    backend = shopBackend(
      { items: [LINE_A] },
      {
        [`PATCH /api/cart/${LINE_A.id}`]: async () => {
          await delay(30);
          return { status: 400, data: { error: { code: 'validation_error', message: 'Only 120 left' } } };
        },
      },
    );
    render(<ShopPage />);
    await waitFor(() => expect(subtotal()).toHaveTextContent(formatPaise(129_900)));
    await user.click(screen.getByRole('button', { name: `Increase quantity of ${INOSITOL.name}` }));
    expect(subtotal()).toHaveTextContent(formatPaise(2 * 129_900));
    await waitFor(() => expect(subtotal()).toHaveTextContent(formatPaise(129_900)));
    expect(screen.getByRole('status', { name: `Quantity of ${INOSITOL.name}` })).toHaveTextContent('1');
  }, 15_000);

  it('adds a product and shows the cart the server now holds', async () => {
    const user = userEvent.setup({ delay: null });
    const cart = { items: [] as (typeof LINE_A)[] };
    const added: unknown[] = [];
    backend = shopBackend(cart, {
      'POST /api/cart': (_call, body) => {
        added.push(body);
        cart.items = [LINE_A];
        return { status: 201, data: { item: LINE_A } };
      },
    });
    render(<ShopPage />);
    await screen.findByText('Your cart is empty. Add something from the shop.');
    await user.click(await screen.findByRole('button', { name: `Add ${INOSITOL.name} to cart` }));
    await waitFor(() => expect(subtotal()).toHaveTextContent(formatPaise(129_900)));
    expect(added).toEqual([{ productId: INOSITOL.id, quantity: 1 }]);
  }, 15_000);
});

describe('checkout', () => {
  it('creates the order from the cart ids, opens Razorpay with it, verifies the payment, then shows the order', async () => {
    const user = userEvent.setup({ delay: null });
    const cart = { items: [LINE_A, LINE_B] };
    const sequence: string[] = [];
    const verified: unknown[] = [];
    backend = shopBackend(cart, {
      'POST /api/orders/create-razorpay-order': (_call, body) => {
        sequence.push(`create ${JSON.stringify(body)}`);
        return {
          status: 201,
          data: {
            razorpay_order_id: 'order_Sandbox123',
            amount: 209_700,
            currency: 'INR',
            key_id: 'rzp_test_key',
          },
        };
      },
      'POST /api/orders/verify-payment': (_call, body) => {
        sequence.push('verify');
        verified.push(body);
        const order = paidOrder(cart.items);
        cart.items = [];
        return { status: 201, data: { order } };
      },
    });
    render(<ShopPage />);
    await user.click(await screen.findByRole('button', { name: 'Pay with Razorpay' }));

    await waitFor(() => expect(FakeRazorpay.last?.opened).toBe(true));
    expect(sequence).toEqual([`create {"cart_item_ids":["${LINE_A.id}","${LINE_B.id}"]}`]);
    expect(FakeRazorpay.last?.options).toMatchObject({
      key: 'rzp_test_key',
      amount: 209_700,
      currency: 'INR',
      order_id: 'order_Sandbox123',
      name: 'HormoHelp',
    });

    FakeRazorpay.last?.options.handler({
      razorpay_order_id: 'order_Sandbox123',
      razorpay_payment_id: 'pay_Sandbox456',
      razorpay_signature: 'a1b2c3',
    });

    const confirmation = await screen.findByRole('region', { name: 'Order confirmed' });
    expect(verified).toEqual([
      {
        razorpay_order_id: 'order_Sandbox123',
        razorpay_payment_id: 'pay_Sandbox456',
        razorpay_signature: 'a1b2c3',
      },
    ]);
    expect(within(confirmation).getByText('pay_Sandbox456')).toBeInTheDocument();
    expect(within(confirmation).getByText(formatPaise(209_700))).toBeInTheDocument();
    expect(await screen.findByText('Your cart is empty. Add something from the shop.')).toBeInTheDocument();
  }, 15_000);

  it('when the person closes the payment window, says nothing was charged and leaves the cart as it was', async () => {
    const user = userEvent.setup({ delay: null });
    backend = shopBackend(
      { items: [LINE_A] },
      {
        'POST /api/orders/create-razorpay-order': () => ({
          status: 201,
          data: { razorpay_order_id: 'order_X', amount: 129_900, currency: 'INR', key_id: 'rzp_test_key' },
        }),
      },
    );
    render(<ShopPage />);
    await user.click(await screen.findByRole('button', { name: 'Pay with Razorpay' }));
    await waitFor(() => expect(FakeRazorpay.last?.opened).toBe(true));

    FakeRazorpay.last?.options.modal?.ondismiss?.();

    expect(await screen.findByText(DISMISSED_MESSAGE)).toBeInTheDocument();
    expect(backend.callsTo('POST', '/api/orders/verify-payment')).toHaveLength(0);
    expect(subtotal()).toHaveTextContent(formatPaise(129_900));
    expect(screen.getByRole('button', { name: 'Pay with Razorpay' })).toBeEnabled();
  }, 15_000);

  it('asks for a verified email instead of offering to pay', async () => {
    auth.user = makeUser({ emailVerified: false });
    backend = shopBackend({ items: [LINE_A] });
    render(<ShopPage />);
    expect(await screen.findByText(/Verify your email before paying/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Pay with Razorpay' })).not.toBeInTheDocument();
  }, 15_000);
});

describe('the order history', () => {
  it('says so when "Load more" fails, and keeps the orders shown', async () => {
    const user = userEvent.setup({ delay: null });
    backend = shopBackend(
      { items: [] },
      {
        'GET /api/orders': (call) =>
          (call.params as { cursor?: string } | undefined)?.cursor
            ? { status: 503, data: { error: { code: 'unavailable', message: 'Orders are resting.' } } }
            : { status: 200, data: { items: [paidOrder([LINE_A])], nextCursor: 'older' } },
      },
    );
    render(
      <>
        <ShopPage />
        <Toaster />
      </>,
    );
    await user.click(await screen.findByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('Orders are resting.')).toBeInTheDocument();
    expect(screen.getByText('Payment pay_Sandbox456')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Load more' })).toBeEnabled();
  }, 15_000);
});
