import type { Order } from '@hormohelp/contracts';

/** Every order column the API shows; the total leaves the database already in integer paise. */
export const ORDER_COLUMNS = `o.id, o.user_id, o.items, (o.total * 100)::bigint AS total_paise, o.status,
  o.razorpay_order_id, o.razorpay_payment_id, o.cart_item_ids, o.created_at,
  (extract(epoch FROM o.created_at) * 1000000)::bigint AS created_us`;

export interface OrderItemSnapshot {
  productId: number;
  name: string;
  pricePaise: number;
  quantity: number;
}

export interface OrderRow {
  id: string;
  user_id: string;
  items: OrderItemSnapshot[];
  total_paise: number;
  status: Order['status'];
  razorpay_order_id: string | null;
  razorpay_payment_id: string | null;
  cart_item_ids: string[];
  created_at: Date;
  created_us: number;
}

export function toOrder(row: OrderRow): Order {
  return {
    id: row.id,
    items: row.items,
    totalPaise: row.total_paise,
    status: row.status,
    razorpayOrderId: row.razorpay_order_id,
    razorpayPaymentId: row.razorpay_payment_id,
    createdAt: row.created_at.toISOString(),
  };
}
