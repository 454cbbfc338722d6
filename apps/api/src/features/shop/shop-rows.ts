import type { CartItem, Product } from '@hormohelp/contracts';

/** Every product column the API shows; the price leaves the database already in integer paise. */
export const PRODUCT_COLUMNS = `p.id AS product_id, p.name, p.description, (p.price * 100)::bigint AS price_paise,
  p.image_url, p.category, p.stock`;

export interface ProductRow {
  product_id: number;
  name: string;
  description: string;
  price_paise: number;
  image_url: string;
  category: string;
  stock: number;
}

export interface CartLineRow extends ProductRow {
  id: string;
  quantity: number;
}

export function toProduct(row: ProductRow): Product {
  return {
    id: row.product_id,
    name: row.name,
    description: row.description,
    pricePaise: row.price_paise,
    imageUrl: row.image_url,
    category: row.category,
    stock: row.stock,
  };
}

export function toCartItem(row: CartLineRow): CartItem {
  return { id: row.id, quantity: row.quantity, product: toProduct(row) };
}
