import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { formatPaise } from '../format';
import type { Platform } from '../platform';
import { waitForSettled, waitForText } from '../waits';

interface ShopProduct {
  name: string;
  pricePaise: number;
}

/** Two products in stock, with their prices as the database holds them (rupees → paise in SQL). */
async function pickTwoProducts(platform: Platform): Promise<ShopProduct[]> {
  const { rows } = await platform.db.query<{ name: string; price_paise: number }>(
    `SELECT name, (price * 100)::int AS price_paise FROM products WHERE stock > 5 ORDER BY id LIMIT 2`,
  );
  expect(rows).toHaveLength(2);
  return rows.map((row) => ({ name: row.name, pricePaise: row.price_paise }));
}

/**
 * Adds two products, pays in the sandbox's checkout modal, and sees the order confirmed and listed as
 * paid, with the cart emptied; the database agrees on the amount.
 */
export async function buyTwoProducts(page: Page, platform: Platform): Promise<void> {
  const products = await pickTwoProducts(platform);
  const totalPaise = products[0]!.pricePaise + products[1]!.pricePaise;
  await waitForSettled(page);
  const cart = page.getByRole('region', { name: /Your cart/ });
  await waitForText(cart, 'Your cart is empty.');
  for (const product of products) {
    await page.getByRole('button', { name: `Add ${product.name} to cart`, exact: true }).click();
    await waitForText(cart.getByRole('list', { name: 'Items in your cart' }), product.name);
  }
  await waitForText(cart.getByRole('heading', { name: /Your cart/ }), '(2 items)');
  await waitForText(cart.getByTestId('cart-subtotal'), formatPaise(totalPaise));

  await cart.getByRole('button', { name: 'Pay with Razorpay' }).click();
  const checkout = page.getByRole('dialog', { name: 'HormoHelp' });
  await waitForText(checkout, formatPaise(totalPaise));
  await checkout.getByRole('button', { name: `Pay ${formatPaise(totalPaise)}` }).click();
  await checkout.waitFor({ state: 'detached' });

  const confirmation = page.getByRole('region', { name: 'Order confirmed' });
  await waitForText(confirmation, formatPaise(totalPaise));
  for (const product of products) await waitForText(confirmation, `${product.name} × 1`);
  await waitForText(cart, 'Your cart is empty.');
  const orders = page.getByRole('region', { name: 'Your orders' });
  const order = orders
    .getByRole('listitem')
    .filter({ hasText: formatPaise(totalPaise) })
    .first();
  await waitForText(order, 'Paid');

  const { rows } = await platform.db.query(
    `SELECT status, (total * 100)::int AS total_paise, razorpay_payment_id IS NOT NULL AS has_payment,
            (SELECT count(*)::int FROM cart_items) AS cart_lines
       FROM orders`,
  );
  expect(rows).toEqual([{ status: 'paid', total_paise: totalPaise, has_payment: true, cart_lines: 0 }]);
}
