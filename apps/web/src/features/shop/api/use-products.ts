import type { Product, ProductList } from '@hormohelp/contracts';
import { useCallback, useEffect, useState } from 'react';
import { api, getErrorMessage } from '@/lib/api-client';

export function useProducts() {
  const [products, setProducts] = useState<Product[]>([]);
  const [status, setStatus] = useState<'loading' | 'ready' | 'error'>('loading');
  const [error, setError] = useState<string>();

  const load = useCallback(async (isCancelled: () => boolean = () => false) => {
    setStatus('loading');
    try {
      const { data } = await api.get<ProductList>('/api/products');
      if (isCancelled()) return;
      setProducts(data.items);
      setStatus('ready');
    } catch (caught) {
      if (isCancelled()) return;
      setError(getErrorMessage(caught));
      setStatus('error');
    }
  }, []);

  useEffect(() => {
    let cancelled = false;
    void load(() => cancelled);
    return () => {
      cancelled = true;
    };
  }, [load]);

  return { products, status, error, retry: () => load() };
}
