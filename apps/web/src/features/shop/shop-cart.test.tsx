import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { formatPaise } from '@/lib/format';
import { delay, type installFakeBackend } from '@/test/fake-backend';
import { fireEvent, render, screen, waitFor, within } from '@/test/render';
import ShopPage from './shop-page';
import {
  cartLines,
  heldReply,
  increase,
  LINE_A,
  LINE_B,
  prepareShopTests,
  quantityOf,
  removeButton,
  renderShop,
  serverTrouble,
  shopBackend,
  subtotal,
} from './shop-test-kit';
import { INOSITOL, TEA } from './test-data';

const auth = vi.hoisted(() => ({ user: null as unknown }));
vi.mock('@/features/auth', () => ({ useAuth: () => ({ user: auth.user }) }));

let backend: ReturnType<typeof installFakeBackend> | undefined;
prepareShopTests(auth);

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
