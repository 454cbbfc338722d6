import type { Product } from '@hormohelp/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { ShoppingCart } from 'lucide-react';
import { Button } from '@/components/button';
import { formatPaise } from '@/lib/format';
import { isProductBeingAdded, useAddToCart } from '../api/cart';
import { ProductIcon } from './product-icon';

const LOW_STOCK = 10;

/** A product of the catalogue; "Add to cart" stays busy until the cart shows it (one per press). */
export function ProductCard({ product }: { product: Product }) {
  const queryClient = useQueryClient();
  const addToCart = useAddToCart();
  const isSoldOut = product.stock <= 0;

  function add() {
    if (isProductBeingAdded(queryClient, product.id)) return;
    addToCart.mutate({ product });
  }

  return (
    <article
      aria-labelledby={`product-${product.id}`}
      className="render-when-near flex h-full flex-col rounded-xl border border-stone-200 bg-white p-4 shadow-sm"
    >
      <ProductIcon category={product.category} className="h-28 w-full" />
      <p className="mt-3 text-xs font-medium uppercase tracking-wide text-stone-600">{product.category}</p>
      <h3 id={`product-${product.id}`} className="mt-1 font-semibold text-stone-900">
        {product.name}
      </h3>
      <p className="mt-1 flex-1 text-sm text-stone-700">{product.description}</p>
      <div className="mt-4 flex items-end justify-between gap-2">
        <p className="text-lg font-semibold tabular-nums text-stone-900">{formatPaise(product.pricePaise)}</p>
        <p className={isSoldOut ? 'text-sm font-medium text-red-700' : 'text-sm text-stone-600'}>
          {isSoldOut
            ? 'Out of stock'
            : product.stock <= LOW_STOCK
              ? `Only ${product.stock} left`
              : 'In stock'}
        </p>
      </div>
      <Button
        className="mt-3 w-full"
        disabled={isSoldOut}
        loading={addToCart.isPending}
        aria-label={`Add ${product.name} to cart`}
        onClick={add}
      >
        <ShoppingCart className="h-4 w-4" aria-hidden="true" />
        Add to cart
      </Button>
    </article>
  );
}
