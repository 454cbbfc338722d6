import type { Product } from '@hormohelp/contracts';
import { Store } from 'lucide-react';
import { useState } from 'react';
import { Button } from '@/components/button';
import { EmptyState } from '@/components/empty-state';
import { Skeleton } from '@/components/skeleton';
import type { useProducts } from '../api/use-products';
import { CategoryTabs } from './category-tabs';
import { ProductCard } from './product-card';

interface ProductCatalogueProps {
  catalogue: ReturnType<typeof useProducts>;
  onAdd: (product: Product) => Promise<void>;
}

export function ProductCatalogue({ catalogue, onAdd }: ProductCatalogueProps) {
  const [category, setCategory] = useState<string | null>(null);
  const categories = [...new Set(catalogue.products.map((product) => product.category))];
  const shown = catalogue.products.filter((product) => category === null || product.category === category);

  return (
    <section
      aria-labelledby="products-title"
      aria-busy={catalogue.status === 'loading'}
      className="space-y-4"
    >
      <h2 id="products-title" className="sr-only">
        Products
      </h2>
      {catalogue.status === 'loading' ? (
        <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {[0, 1, 2, 3, 4, 5].map((key) => (
            <Skeleton key={key} className="h-80 w-full rounded-xl" />
          ))}
        </div>
      ) : catalogue.status === 'error' ? (
        <EmptyState
          icon={Store}
          title="The shop could not be loaded"
          description={catalogue.error}
          action={<Button onClick={catalogue.retry}>Try again</Button>}
        />
      ) : catalogue.products.length === 0 ? (
        <EmptyState icon={Store} title="The shop is being restocked" description="Please come back soon." />
      ) : (
        <>
          <CategoryTabs categories={categories} value={category} onChange={setCategory} />
          <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
            {shown.map((product) => (
              <li key={product.id}>
                <ProductCard product={product} onAdd={onAdd} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
