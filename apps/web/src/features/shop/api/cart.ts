import type { Cart, CartItem, Item, Product } from '@hormohelp/contracts';
import {
  type QueryClient,
  queryOptions,
  useMutation,
  useMutationState,
  useQueryClient,
} from '@tanstack/react-query';
import toast from 'react-hot-toast';
import { api, getErrorCode, getErrorMessage } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { cartSubtotalPaise } from '../lib/cart-math';

/** The person's cart as the server holds it (the lines with their products). */
export function cartQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.shop.cart(),
    queryFn: async ({ signal }) => {
      const data = await api.get('api/cart', { signal }).json<Cart>();
      return data;
    },
  });
}

const CART_KEY = cartQueryOptions().queryKey;

/**
 * Every write to the cart is keyed with the cart's own key, so the mutation cache can tell which
 * product is being added and which lines are being changed while their requests run.
 */
const CART_WRITE_KEY = queryKeys.shop.cart();

/** A new quantity for one line of the cart. */
export interface QuantityChange {
  lineId: string;
  quantity: number;
}

/** Taking one line out of the cart. */
export interface LineRemoval {
  lineId: string;
}

/** Adding one of a product. */
export interface ProductAddition {
  product: Product;
}

function lineIdOf(variables: unknown): string | undefined {
  if (typeof variables !== 'object' || variables === null || !('lineId' in variables)) return undefined;
  return typeof variables.lineId === 'string' ? variables.lineId : undefined;
}

function productIdOf(variables: unknown): number | undefined {
  if (typeof variables !== 'object' || variables === null || !('product' in variables)) return undefined;
  const { product } = variables as ProductAddition;
  return product.id;
}

/** What the cart writes still running were asked to do, as the cache holds it right now. */
function runningCartWrites(queryClient: QueryClient): unknown[] {
  return queryClient
    .getMutationCache()
    .findAll({ mutationKey: CART_WRITE_KEY, status: 'pending' })
    .map((mutation) => mutation.state.variables);
}

/**
 * Whether a write to this line is still running. Read from the cache, not from a render: a second
 * press within the same moment comes before the page has drawn the line as busy.
 */
export function isCartLineChanging(queryClient: QueryClient, lineId: string): boolean {
  return runningCartWrites(queryClient).some((variables) => lineIdOf(variables) === lineId);
}

/** Whether this product is still being added, read from the cache for the same reason. */
export function isProductBeingAdded(queryClient: QueryClient, productId: number): boolean {
  return runningCartWrites(queryClient).some((variables) => productIdOf(variables) === productId);
}

/** The ids of the lines with a write still running, for the page to draw them busy. */
export function useChangingCartLines(): ReadonlySet<string> {
  const ids = useMutationState({
    filters: { mutationKey: CART_WRITE_KEY, status: 'pending' },
    select: (mutation) => lineIdOf(mutation.state.variables),
  });
  return new Set(ids.filter((id): id is string => id !== undefined));
}

/**
 * Stops the cart's reads in flight, so that an answer sent before a write cannot land over what the
 * write is about to show. A cancelled read puts the cart back as it was within this call, so the
 * write can change the cache right after it, in the same frame as the press.
 */
function stopCartReads(queryClient: QueryClient): void {
  void queryClient.cancelQueries({ queryKey: CART_KEY });
}

function linesOf(queryClient: QueryClient): CartItem[] {
  return queryClient.getQueryData(CART_KEY)?.items ?? [];
}

/** Replaces the cached cart's lines; the subtotal follows them, in integer paise. */
function setLines(queryClient: QueryClient, change: (items: CartItem[]) => CartItem[]): void {
  queryClient.setQueryData(CART_KEY, (cart) => {
    if (!cart) return cart;
    const items = change(cart.items);
    return { ...cart, items, subtotalPaise: cartSubtotalPaise(items) };
  });
}

function setLineQuantity(queryClient: QueryClient, lineId: string, quantity: number): void {
  setLines(queryClient, (items) => items.map((line) => (line.id === lineId ? { ...line, quantity } : line)));
}

/** Puts a line back where it was, unless the cart has it again already (read again meanwhile). */
function putLineBack(queryClient: QueryClient, line: CartItem, index: number): void {
  setLines(queryClient, (items) =>
    items.some((item) => item.id === line.id)
      ? items
      : [...items.slice(0, index), line, ...items.slice(index)],
  );
}

function readCartAgain(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: CART_KEY });
}

/**
 * Adds one of a product, says so, and reads the cart again (the server may have merged it into a
 * line already there). It counts as running until the cart is read, so the button stays busy until
 * the line shows.
 */
export function useAddToCart() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: CART_WRITE_KEY,
    mutationFn: async ({ product }: ProductAddition) => {
      await api.post('api/cart', { json: { productId: product.id, quantity: 1 } });
    },
    onSuccess: (_result, { product }) => {
      toast.success(`${product.name} added to your cart`);
    },
    onError: (error) => {
      toast.error(getErrorMessage(error));
    },
    onSettled: () => readCartAgain(queryClient),
  });
}

/**
 * Sets a line's quantity. The cart shows it at once (line and subtotal), then takes the server's
 * answer; a failure puts back the quantity from before the press and says why. Only this line is put
 * back: another line's change that ended meanwhile keeps what its own answer said. A line the server
 * no longer has (removed in another tab) means the cart shown is out of date, so it is read again.
 */
export function useSetCartQuantity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: CART_WRITE_KEY,
    mutationFn: async ({ lineId, quantity }: QuantityChange) => {
      const data = await api.patch(`api/cart/${lineId}`, { json: { quantity } }).json<Item<CartItem>>();
      return data.item;
    },
    onMutate: ({ lineId, quantity }) => {
      stopCartReads(queryClient);
      const before = linesOf(queryClient).find((line) => line.id === lineId)?.quantity;
      setLineQuantity(queryClient, lineId, quantity);
      return { before };
    },
    onSuccess: (item) => setLineQuantity(queryClient, item.id, item.quantity),
    onError: (error, { lineId }, context) => {
      if (context?.before !== undefined) setLineQuantity(queryClient, lineId, context.before);
      toast.error(getErrorMessage(error));
    },
    onSettled: (_item, error) => {
      if (getErrorCode(error) === 'not_found') return readCartAgain(queryClient);
    },
  });
}

/**
 * Takes a line out of the cart at once; a failure puts it back in its place and says why. A line the
 * server does not have (removed in another tab) is as removed as asked.
 */
export function useRemoveCartLine() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: CART_WRITE_KEY,
    mutationFn: async ({ lineId }: LineRemoval) => {
      await api.delete(`api/cart/${lineId}`);
    },
    onMutate: ({ lineId }) => {
      stopCartReads(queryClient);
      const items = linesOf(queryClient);
      const index = items.findIndex((line) => line.id === lineId);
      setLines(queryClient, (current) => current.filter((line) => line.id !== lineId));
      const line = items[index];
      return line ? { line, index } : undefined;
    },
    onError: (error, _removal, context) => {
      if (getErrorCode(error) === 'not_found') return;
      if (context) putLineBack(queryClient, context.line, context.index);
      toast.error(getErrorMessage(error));
    },
  });
}
