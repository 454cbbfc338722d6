import type { Product } from '@hormohelp/contracts';
import type { Pool } from '@hormohelp/db';
import { findProducts } from './product-repository';
import { toProduct } from './shop-rows';

export async function listProducts(db: Pool, category: string | undefined): Promise<{ items: Product[] }> {
  return { items: (await findProducts(db, category)).map(toProduct) };
}
