import { useQuery } from '@tanstack/react-query';
import { Store } from 'lucide-react';
import { memo, useState } from 'react';
import { Button } from '@/components/button';
import { EmptyState } from '@/components/empty-state';
import { FilterToggles } from '@/components/filter-toggles';
import { Skeleton } from '@/components/skeleton';
import { getErrorMessage } from '@/lib/api-client';
import { useFirstAnswerDeferred } from '@/lib/use-first-answer-deferred';
import { productsQueryOptions } from '../api/products';
import { ProductCard } from './product-card';

/**
 * The products, filtered by category. Memoized (it takes no props): the shop page renders again with
 * every change of the cart, and the product grid need not.
 */
export const ProductCatalogue = memo(function ProductCatalogue() {
  const catalogue = useQuery(productsQueryOptions());
  const [category, setCategory] = useState<string | null>(null);
  const catalogueData = useFirstAnswerDeferred(catalogue.data);
  const products = catalogueData?.items ?? [];
  const categories = [...new Set(products.map((product) => product.category))];
  const shown = products.filter((product) => category === null || product.category === category);
  // "Try again" shows the skeleton again while it asks, as the first load does.
  const isLoading = (!catalogueData && !catalogue.isError) || (catalogue.isError && catalogue.isFetching);

  return (
    <section aria-labelledby="products-title" aria-busy={isLoading} className="space-y-4">
      <h2 id="products-title" className="sr-only">
        Products
      </h2>
      {isLoading ? (
        <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {[0, 1, 2, 3, 4, 5].map((key) => (
            <Skeleton key={key} className="h-80 w-full rounded-xl" />
          ))}
        </div>
      ) : catalogue.isError && !catalogueData ? (
        <EmptyState
          icon={Store}
          title="The shop could not be loaded"
          description={getErrorMessage(catalogue.error)}
          action={<Button onClick={() => void catalogue.refetch()}>Try again</Button>}
        />
      ) : products.length === 0 ? (
        <EmptyState icon={Store} title="The shop is being restocked" description="Please come back soon." />
      ) : (
        <>
          <FilterToggles
            legend="Filter by category"
            allLabel="All products"
            options={categories}
            value={category}
            onChange={setCategory}
          />
          <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
            {shown.map((product) => (
              <li key={product.id}>
                <ProductCard product={product} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
});
