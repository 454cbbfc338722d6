import userEvent from '@testing-library/user-event';
import toast, { Toaster } from 'react-hot-toast';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatPaise } from '@/lib/format';
import { delay, installFakeBackend, makeUser } from '@/test/fake-backend';
import { act, fireEvent, render, screen, waitFor, within } from '@/test/render';
import { DISMISSED_MESSAGE } from './api/checkout';
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
const quantityOf = (name: string) => screen.getByRole('status', { name: `Quantity of ${name}` });
const increase = (name: string) => screen.getByRole('button', { name: `Increase quantity of ${name}` });
const removeButton = (name: string) => screen.getByRole('button', { name: `Remove ${name} from cart` });
const cartLines = () =>
  within(screen.getByRole('list', { name: 'Items in your cart' })).getAllByRole('listitem');

type Reply = { status: number; data?: unknown };

/** A reply the test sends when it chooses, to see the page while the request is on its way. */
function heldReply() {
  let send: (reply: Reply) => void = () => {};
  const reply = new Promise<Reply>((resolve) => {
    send = resolve;
  });
  return { reply: () => reply, send };
}

const serverTrouble = (message: string): Reply => ({
  status: 500,
  data: { error: { code: 'internal_error', message } },
});

function renderShop() {
  return render(
    <>
      <ShopPage />
      <Toaster />
    </>,
  );
}

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

  it('adds one, however fast the presses on "Add to cart", and says so', async () => {
    const cart = { items: [] as (typeof LINE_A)[] };
    const held = heldReply();
    backend = shopBackend(cart, { 'POST /api/cart': held.reply });
    renderShop();
    const add = await screen.findByRole('button', { name: `Add ${INOSITOL.name} to cart` });
    await screen.findByText('Your cart is empty. Add something from the shop.');

    fireEvent.click(add);
    fireEvent.click(add);
    await waitFor(() => expect(add).toBeDisabled());
    await delay(30);
    expect(backend.callsTo('POST', '/api/cart')).toHaveLength(1);

    cart.items = [LINE_A];
    held.send({ status: 201, data: { item: LINE_A } });
    expect(await screen.findByText(`${INOSITOL.name} added to your cart`)).toBeInTheDocument();
    await waitFor(() => expect(subtotal()).toHaveTextContent(formatPaise(129_900)));
    await waitFor(() => expect(add).toBeEnabled());
  }, 15_000);

  it('while the server holds a quantity change, the line and the subtotal already show it', async () => {
    const user = userEvent.setup({ delay: null });
    const held = heldReply();
    backend = shopBackend({ items: [LINE_A, LINE_B] }, { [`PATCH /api/cart/${LINE_A.id}`]: held.reply });
    renderShop();
    await waitFor(() => expect(subtotal()).toHaveTextContent(formatPaise(129_900 + 2 * 39_900)));

    await user.click(increase(INOSITOL.name));

    expect(quantityOf(INOSITOL.name)).toHaveTextContent('2');
    expect(subtotal()).toHaveTextContent(formatPaise(2 * 129_900 + 2 * 39_900));
    expect(backend.callsTo('PATCH', `/api/cart/${LINE_A.id}`)).toHaveLength(1);
    // The line waits for its answer; the other line can still be changed.
    await waitFor(() => expect(increase(INOSITOL.name)).toBeDisabled());
    expect(removeButton(INOSITOL.name)).toBeDisabled();
    expect(increase(TEA.name)).toBeEnabled();

    held.send({ status: 200, data: { item: { ...LINE_A, quantity: 2 } } });
    await waitFor(() => expect(increase(INOSITOL.name)).toBeEnabled());
    expect(quantityOf(INOSITOL.name)).toHaveTextContent('2');
    expect(subtotal()).toHaveTextContent(formatPaise(2 * 129_900 + 2 * 39_900));
  }, 15_000);

  it('when a quantity change fails with a 500, the quantity and the subtotal go back and a toast says why', async () => {
    const user = userEvent.setup({ delay: null });
    const held = heldReply();
    backend = shopBackend({ items: [LINE_A, LINE_B] }, { [`PATCH /api/cart/${LINE_B.id}`]: held.reply });
    renderShop();
    await waitFor(() => expect(subtotal()).toHaveTextContent(formatPaise(129_900 + 2 * 39_900)));

    await user.click(increase(TEA.name));
    expect(quantityOf(TEA.name)).toHaveTextContent('3');
    expect(subtotal()).toHaveTextContent(formatPaise(129_900 + 3 * 39_900));

    held.send(serverTrouble('The cart is resting.'));
    expect(await screen.findByText('The cart is resting.')).toBeInTheDocument();
    expect(quantityOf(TEA.name)).toHaveTextContent('2');
    expect(subtotal()).toHaveTextContent(formatPaise(129_900 + 2 * 39_900));
    await waitFor(() => expect(increase(TEA.name)).toBeEnabled());
  }, 15_000);

  it('ignores further presses on a line until its change is answered, then takes them again', async () => {
    const first = heldReply();
    backend = shopBackend(
      { items: [LINE_A] },
      {
        [`PATCH /api/cart/${LINE_A.id}`]: (_call, body) =>
          backend?.callsTo('PATCH', `/api/cart/${LINE_A.id}`).length === 1
            ? first.reply()
            : {
                status: 200,
                data: { item: { ...LINE_A, quantity: (body as { quantity: number }).quantity } },
              },
      },
    );
    renderShop();
    await waitFor(() => expect(subtotal()).toHaveTextContent(formatPaise(129_900)));

    // Three presses within one moment, before the page has drawn the line as busy.
    fireEvent.click(increase(INOSITOL.name));
    fireEvent.click(increase(INOSITOL.name));
    fireEvent.click(removeButton(INOSITOL.name));

    await waitFor(() => expect(quantityOf(INOSITOL.name)).toHaveTextContent('2'));
    await delay(30);
    expect(backend.callsTo('PATCH', `/api/cart/${LINE_A.id}`)).toHaveLength(1);
    expect(backend.callsTo('DELETE', `/api/cart/${LINE_A.id}`)).toHaveLength(0);

    first.send({ status: 200, data: { item: { ...LINE_A, quantity: 2 } } });
    await waitFor(() => expect(increase(INOSITOL.name)).toBeEnabled());
    fireEvent.click(increase(INOSITOL.name));
    await waitFor(() => expect(quantityOf(INOSITOL.name)).toHaveTextContent('3'));
    expect(backend.callsTo('PATCH', `/api/cart/${LINE_A.id}`)).toHaveLength(2);
  }, 15_000);

  it('when the server no longer has the line, says so and reads the cart again', async () => {
    const user = userEvent.setup({ delay: null });
    const cart = { items: [LINE_A, LINE_B] };
    backend = shopBackend(cart, {
      [`PATCH /api/cart/${LINE_A.id}`]: () => {
        cart.items = [LINE_B];
        return {
          status: 404,
          data: { error: { code: 'not_found', message: 'That item is no longer in your cart.' } },
        };
      },
    });
    renderShop();
    await waitFor(() => expect(subtotal()).toHaveTextContent(formatPaise(129_900 + 2 * 39_900)));
    expect(backend.callsTo('GET', '/api/cart')).toHaveLength(1);

    await user.click(increase(INOSITOL.name));

    expect(await screen.findByText('That item is no longer in your cart.')).toBeInTheDocument();
    await waitFor(() => expect(cartLines()).toHaveLength(1));
    expect(cartLines()[0]).toHaveTextContent(TEA.name);
    expect(subtotal()).toHaveTextContent(formatPaise(2 * 39_900));
    expect(backend.callsTo('GET', '/api/cart')).toHaveLength(2);
  }, 15_000);

  it('removing a line takes it out at once, and when the server fails it comes back in its place with a toast', async () => {
    const user = userEvent.setup({ delay: null });
    const held = heldReply();
    backend = shopBackend({ items: [LINE_A, LINE_B] }, { [`DELETE /api/cart/${LINE_A.id}`]: held.reply });
    renderShop();
    await waitFor(() => expect(cartLines()).toHaveLength(2));

    await user.click(removeButton(INOSITOL.name));
    expect(cartLines()).toHaveLength(1);
    expect(cartLines()[0]).toHaveTextContent(TEA.name);
    expect(subtotal()).toHaveTextContent(formatPaise(2 * 39_900));

    held.send(serverTrouble('The cart is resting.'));
    expect(await screen.findByText('The cart is resting.')).toBeInTheDocument();
    expect(cartLines()).toHaveLength(2);
    expect(cartLines()[0]).toHaveTextContent(INOSITOL.name);
    expect(cartLines()[1]).toHaveTextContent(TEA.name);
    expect(subtotal()).toHaveTextContent(formatPaise(129_900 + 2 * 39_900));
  }, 15_000);

  it('removing a line the server no longer has counts as removed: it stays out and nothing is said', async () => {
    const user = userEvent.setup({ delay: null });
    // No DELETE route: the fake backend answers 404 not_found.
    backend = shopBackend({ items: [LINE_A, LINE_B] });
    renderShop();
    await waitFor(() => expect(cartLines()).toHaveLength(2));

    await user.click(removeButton(TEA.name));

    await waitFor(() => expect(backend?.callsTo('DELETE', `/api/cart/${LINE_B.id}`)).toHaveLength(1));
    await waitFor(() => expect(removeButton(INOSITOL.name)).toBeEnabled());
    expect(cartLines()).toHaveLength(1);
    expect(cartLines()[0]).toHaveTextContent(INOSITOL.name);
    expect(screen.queryByText('Not found')).not.toBeInTheDocument();
  }, 15_000);

  it('when the cart cannot be loaded, says so with the reason, and "Try again" shows it', async () => {
    const user = userEvent.setup({ delay: null });
    let fails = true;
    backend = shopBackend(
      { items: [] },
      {
        'GET /api/cart': () =>
          fails
            ? serverTrouble('The cart is resting.')
            : { status: 200, data: { items: [LINE_A], subtotalPaise: 129_900 } },
      },
    );
    renderShop();
    expect(await screen.findByText('Your cart could not be loaded.')).toBeInTheDocument();
    expect(screen.getByText('The cart is resting.')).toBeInTheDocument();

    fails = false;
    const cartRegion = screen.getByRole('region', { name: /Your cart/ });
    await user.click(within(cartRegion).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(subtotal()).toHaveTextContent(formatPaise(129_900)));
  }, 15_000);
});

const createdOrder = (amount: number): Reply => ({
  status: 201,
  data: { razorpay_order_id: 'order_Sandbox123', amount, currency: 'INR', key_id: 'rzp_test_key' },
});

const SANDBOX_PAYMENT = {
  razorpay_order_id: 'order_Sandbox123',
  razorpay_payment_id: 'pay_Sandbox456',
  razorpay_signature: 'a1b2c3',
};

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

  it('a double click on "Pay with Razorpay" creates one order and opens one payment window', async () => {
    let windows = 0;
    window.Razorpay = class extends FakeRazorpay {
      constructor(options: RazorpayOptions) {
        super(options);
        windows += 1;
      }
    } as unknown as typeof window.Razorpay;
    backend = shopBackend(
      { items: [LINE_A] },
      { 'POST /api/orders/create-razorpay-order': () => createdOrder(129_900) },
    );
    renderShop();
    const pay = await screen.findByRole('button', { name: 'Pay with Razorpay' });

    // Both clicks land before React draws the button busy, as two quick clicks can in a browser.
    act(() => {
      pay.click();
      pay.click();
    });

    await waitFor(() => expect(FakeRazorpay.last?.opened).toBe(true));
    expect(backend.callsTo('POST', '/api/orders/create-razorpay-order')).toHaveLength(1);
    expect(windows).toBe(1);
    // While the window is open, a press on the page starts nothing either.
    fireEvent.click(pay);
    await delay(30);
    expect(backend.callsTo('POST', '/api/orders/create-razorpay-order')).toHaveLength(1);
    expect(screen.getByText('Complete the payment in the Razorpay window.')).toBeInTheDocument();
  }, 15_000);

  it('after a verified payment, the cart empties and the order shows under "Your orders", both read again from the server', async () => {
    const user = userEvent.setup({ delay: null });
    const cart = { items: [LINE_A] };
    const orders: ReturnType<typeof paidOrder>[] = [];
    backend = shopBackend(cart, {
      'GET /api/orders': () => ({ status: 200, data: { items: orders, nextCursor: null } }),
      'POST /api/orders/create-razorpay-order': () => createdOrder(129_900),
      'POST /api/orders/verify-payment': () => {
        orders.unshift(paidOrder(cart.items));
        cart.items = [];
        return { status: 201, data: { order: orders[0] } };
      },
    });
    renderShop();
    const history = screen.getByRole('region', { name: 'Your orders' });
    expect(
      await within(history).findByText('No orders yet. Your paid orders appear here with their receipts.'),
    ).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Pay with Razorpay' }));
    await waitFor(() => expect(FakeRazorpay.last?.opened).toBe(true));

    FakeRazorpay.last?.options.handler(SANDBOX_PAYMENT);

    expect(await screen.findByRole('region', { name: 'Order confirmed' })).toBeInTheDocument();
    expect(await screen.findByText('Payment received. Thank you!')).toBeInTheDocument();
    expect(await screen.findByText('Your cart is empty. Add something from the shop.')).toBeInTheDocument();
    expect(await within(history).findByText('Payment pay_Sandbox456')).toBeInTheDocument();
    expect(within(history).getByText('Paid')).toBeInTheDocument();
    expect(backend.callsTo('GET', '/api/cart')).toHaveLength(2);
    expect(backend.callsTo('GET', '/api/orders')).toHaveLength(2);
    expect(backend.callsTo('POST', '/api/orders/verify-payment')).toHaveLength(1);
  }, 15_000);

  it('when our server cannot confirm the payment, says money may have left and reads the cart and orders again', async () => {
    const user = userEvent.setup({ delay: null });
    backend = shopBackend(
      { items: [LINE_A] },
      {
        'POST /api/orders/create-razorpay-order': () => createdOrder(129_900),
        'POST /api/orders/verify-payment': () => serverTrouble('Payments are resting.'),
      },
    );
    renderShop();
    await user.click(await screen.findByRole('button', { name: 'Pay with Razorpay' }));
    await waitFor(() => expect(FakeRazorpay.last?.opened).toBe(true));

    FakeRazorpay.last?.options.handler(SANDBOX_PAYMENT);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'We could not confirm your payment: Payments are resting. If money left your account, the order is confirmed automatically within a few minutes and appears under “Your orders”.',
    );
    await waitFor(() => expect(backend?.callsTo('GET', '/api/cart')).toHaveLength(2));
    await waitFor(() => expect(backend?.callsTo('GET', '/api/orders')).toHaveLength(2));
    expect(screen.queryByRole('region', { name: 'Order confirmed' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Pay with Razorpay' })).toBeEnabled();
  }, 15_000);

  it('a payment refused inside the window says why; paying again there confirms the order and clears it', async () => {
    const user = userEvent.setup({ delay: null });
    backend = shopBackend(
      { items: [LINE_A] },
      {
        'POST /api/orders/create-razorpay-order': () => createdOrder(129_900),
        'POST /api/orders/verify-payment': () => ({ status: 201, data: { order: paidOrder([LINE_A]) } }),
      },
    );
    renderShop();
    await user.click(await screen.findByRole('button', { name: 'Pay with Razorpay' }));
    await waitFor(() => expect(FakeRazorpay.last?.opened).toBe(true));

    for (const failed of FakeRazorpay.last?.failed ?? []) failed({ error: { description: 'Card declined' } });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Payment failed: Card declined. You can try again in the payment window; your cart is unchanged.',
    );
    expect(backend.callsTo('POST', '/api/orders/verify-payment')).toHaveLength(0);

    FakeRazorpay.last?.options.handler(SANDBOX_PAYMENT);
    expect(await screen.findByRole('region', { name: 'Order confirmed' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  }, 15_000);

  it('when the payment window cannot be loaded, says so and lets the person try again', async () => {
    const user = userEvent.setup({ delay: null });
    delete window.Razorpay;
    backend = shopBackend(
      { items: [LINE_A] },
      { 'POST /api/orders/create-razorpay-order': () => createdOrder(129_900) },
    );
    renderShop();
    await user.click(await screen.findByRole('button', { name: 'Pay with Razorpay' }));
    const script = await waitFor(() => {
      const injected = document.querySelector('script[data-razorpay-checkout]');
      if (!injected) throw new Error('The checkout script is not there yet');
      return injected;
    });

    script.dispatchEvent(new Event('error'));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The payment window could not be loaded. Check your connection and try again.',
    );
    expect(screen.getByRole('button', { name: 'Pay with Razorpay' })).toBeEnabled();
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

  it('"Load more" asks for the page after the last one and adds its orders under those shown', async () => {
    const user = userEvent.setup({ delay: null });
    const newer = paidOrder([LINE_A], { razorpayPaymentId: 'pay_Newer' });
    const older = paidOrder([LINE_B], {
      id: '88888888-8888-4888-8888-888888888888',
      razorpayPaymentId: 'pay_Older',
      createdAt: '2026-11-20T10:00:00.000Z',
    });
    backend = shopBackend(
      { items: [] },
      {
        'GET /api/orders': (call) =>
          (call.params as { cursor?: string } | undefined)?.cursor === 'older'
            ? { status: 200, data: { items: [older], nextCursor: null } }
            : { status: 200, data: { items: [newer], nextCursor: 'older' } },
      },
    );
    renderShop();
    const history = screen.getByRole('region', { name: 'Your orders' });
    expect(await within(history).findByText('Payment pay_Newer')).toBeInTheDocument();

    await user.click(within(history).getByRole('button', { name: 'Load more' }));

    expect(await within(history).findByText('Payment pay_Older')).toBeInTheDocument();
    expect(
      within(history)
        .getAllByText(/^Payment pay_/)
        .map((line) => line.textContent),
    ).toEqual(['Payment pay_Newer', 'Payment pay_Older']);
    expect(within(history).queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(backend.callsTo('GET', '/api/orders').map((call) => call.params)).toEqual([
      {},
      { cursor: 'older' },
    ]);
  }, 15_000);

  it('when the orders cannot be loaded, says why in place, and "Try again" shows them', async () => {
    const user = userEvent.setup({ delay: null });
    let fails = true;
    backend = shopBackend(
      { items: [] },
      {
        'GET /api/orders': () =>
          fails
            ? serverTrouble('Orders are resting.')
            : { status: 200, data: { items: [paidOrder([LINE_A])], nextCursor: null } },
      },
    );
    renderShop();
    const history = screen.getByRole('region', { name: 'Your orders' });
    expect(await within(history).findByText('Orders are resting.')).toBeInTheDocument();

    fails = false;
    await user.click(within(history).getByRole('button', { name: 'Try again' }));
    expect(await within(history).findByText('Payment pay_Sandbox456')).toBeInTheDocument();
    expect(within(history).queryByText('Orders are resting.')).not.toBeInTheDocument();
  }, 15_000);
});

describe('the catalogue', () => {
  it('when the products cannot be loaded, says why, and "Try again" shows them', async () => {
    const user = userEvent.setup({ delay: null });
    let fails = true;
    backend = shopBackend(
      { items: [] },
      {
        'GET /api/products': () =>
          fails ? serverTrouble('The shop is resting.') : { status: 200, data: { items: [INOSITOL, TEA] } },
      },
    );
    renderShop();
    expect(await screen.findByText('The shop could not be loaded')).toBeInTheDocument();
    expect(screen.getByText('The shop is resting.')).toBeInTheDocument();

    fails = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: `Add ${TEA.name} to cart` })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Herbal Teas' })).toHaveAttribute('aria-pressed', 'false');
  }, 15_000);
});
