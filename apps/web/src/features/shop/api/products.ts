import type { ProductList } from '@hormohelp/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** The whole catalogue, every category: the page filters it by category itself. */
export function productsQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.shop.products(),
    queryFn: async ({ signal }) => {
      const data = await api.get('api/products', { signal }).json<ProductList>();
      return data;
    },
  });
}
