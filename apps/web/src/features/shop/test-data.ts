import type { CartItem, Order, Product } from '@hormohelp/contracts';

export const INOSITOL: Product = {
  id: 1,
  name: 'Myo-Inositol & D-Chiro-Inositol 40:1',
  description: 'The 40:1 ratio studied for PCOS.',
  pricePaise: 129_900,
  imageUrl: '',
  category: 'Supplements',
  stock: 120,
};

export const TEA: Product = {
  id: 6,
  name: 'Organic Spearmint Tea',
  description: 'Loose-leaf spearmint, 100 g.',
  pricePaise: 39_900,
  imageUrl: '',
  category: 'Herbal Teas',
  stock: 3,
};

export function cartLine(id: string, product: Product, quantity: number): CartItem {
  return { id, product, quantity };
}

/** An order paid for `items`; `overrides` tells one order of a list from another (id, payment id). */
export function paidOrder(items: CartItem[], overrides: Partial<Order> = {}): Order {
  return {
    id: '99999999-9999-4999-8999-999999999999',
    items: items.map((line) => ({
      productId: line.product.id,
      name: line.product.name,
      pricePaise: line.product.pricePaise,
      quantity: line.quantity,
    })),
    totalPaise: items.reduce((sum, line) => sum + line.product.pricePaise * line.quantity, 0),
    status: 'paid',
    razorpayOrderId: 'order_Sandbox123',
    razorpayPaymentId: 'pay_Sandbox456',
    createdAt: '2026-11-27T10:00:00.000Z',
    ...overrides,
  };
}
