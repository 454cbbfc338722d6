import type { Cart, CartItem, Item } from '@hormohelp/contracts';
import { useCallback, useEffect, useState } from 'react';
import toast from 'react-hot-toast';
import { api, getErrorCode, getErrorMessage } from '@/lib/api-client';

/** The cart: loaded once, changed line by line; a line being changed ignores further presses. */
export function useCart() {
  const [items, setItems] = useState<CartItem[]>([]);
  const [status, setStatus] = useState<'loading' | 'ready' | 'error'>('loading');
  const [busyIds, setBusyIds] = useState<ReadonlySet<string>>(new Set());

  const reload = useCallback(async (isCancelled: () => boolean = () => false) => {
    try {
      const { data } = await api.get<Cart>('/api/cart');
      if (isCancelled()) return;
      setItems(data.items);
      setStatus('ready');
    } catch (error) {
      if (isCancelled()) return;
      setStatus((current) => (current === 'ready' ? current : 'error'));
      toast.error(getErrorMessage(error));
    }
  }, []);

  useEffect(() => {
    let cancelled = false;
    void reload(() => cancelled);
    return () => {
      cancelled = true;
    };
  }, [reload]);

  function markBusy(id: string, isBusy: boolean) {
    setBusyIds((current) => {
      const next = new Set(current);
      if (isBusy) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  async function add(productId: number, name: string): Promise<void> {
    try {
      await api.post('/api/cart', { productId, quantity: 1 });
      toast.success(`${name} added to your cart`);
      await reload();
    } catch (error) {
      toast.error(getErrorMessage(error));
    }
  }

  async function setQuantity(item: CartItem, quantity: number): Promise<void> {
    if (busyIds.has(item.id) || quantity === item.quantity) return;
    markBusy(item.id, true);
    setItems((current) => current.map((line) => (line.id === item.id ? { ...line, quantity } : line)));
    try {
      const { data } = await api.patch<Item<CartItem>>(`/api/cart/${item.id}`, { quantity });
      setItems((current) =>
        current.map((line) => (line.id === item.id ? { ...line, quantity: data.item.quantity } : line)),
      );
    } catch (error) {
      setItems((current) =>
        current.map((line) => (line.id === item.id ? { ...line, quantity: item.quantity } : line)),
      );
      toast.error(getErrorMessage(error));
      if (getErrorCode(error) === 'not_found') await reload();
    } finally {
      markBusy(item.id, false);
    }
  }

  async function remove(item: CartItem): Promise<void> {
    if (busyIds.has(item.id)) return;
    markBusy(item.id, true);
    const index = items.findIndex((line) => line.id === item.id);
    setItems((current) => current.filter((line) => line.id !== item.id));
    try {
      await api.delete(`/api/cart/${item.id}`);
    } catch (error) {
      if (getErrorCode(error) !== 'not_found') {
        setItems((current) => [...current.slice(0, index), item, ...current.slice(index)]);
        toast.error(getErrorMessage(error));
      }
    } finally {
      markBusy(item.id, false);
    }
  }

  return { items, status, busyIds, add, setQuantity, remove, reload: () => reload() };
}
