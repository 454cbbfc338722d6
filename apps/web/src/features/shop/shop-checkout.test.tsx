import userEvent from '@testing-library/user-event';
import { Toaster } from 'react-hot-toast';
import { describe, expect, it, vi } from 'vitest';
import { formatPaise } from '@/lib/format';
import { delay, type installFakeBackend, makeUser } from '@/test/fake-backend';
import { act, fireEvent, render, screen, waitFor, within } from '@/test/render';
import { DISMISSED_MESSAGE } from './api/checkout';
import type { RazorpayOptions } from './lib/razorpay-checkout';
import ShopPage from './shop-page';
import {
  createdOrder,
  FakeRazorpay,
  LINE_A,
  LINE_B,
  prepareShopTests,
  renderShop,
  SANDBOX_PAYMENT,
  serverTrouble,
  shopBackend,
  subtotal,
} from './shop-test-kit';
import { paidOrder } from './test-data';

const auth = vi.hoisted(() => ({ user: null as unknown }));
vi.mock('@/features/auth', () => ({ useAuth: () => ({ user: auth.user }) }));

let backend: ReturnType<typeof installFakeBackend> | undefined;
prepareShopTests(auth);

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
      undefined,
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
