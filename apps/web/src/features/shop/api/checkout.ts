import type { CartItem, Order, OrderResponse, RazorpayOrder } from '@hormohelp/contracts';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import toast from 'react-hot-toast';
import { api, getErrorMessage } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import {
  CheckoutDismissedError,
  CheckoutLoadError,
  loadCheckoutScript,
  payInCheckoutWindow,
  type RazorpaySuccess,
} from '../lib/razorpay-checkout';

export type CheckoutPhase = 'idle' | 'creating' | 'paying' | 'verifying';

export const DISMISSED_MESSAGE = 'Payment cancelled. Nothing was charged and your cart is unchanged.';

/**
 * A payment is a write to the orders (it creates one and pays it), so it is keyed with their key:
 * the cache then knows at once whether one is running, before any render shows it.
 */
const CHECKOUT_KEY = queryKeys.shop.orders();

/** Razorpay reported a payment our server could not confirm: money may have left the account. */
class PaymentUnconfirmedError extends Error {
  constructor(cause: unknown) {
    super(getErrorMessage(cause));
    this.name = 'PaymentUnconfirmedError';
  }
}

export interface Customer {
  name: string;
  email: string;
}

interface CheckoutProgress {
  customer: Customer | null;
  onPhase: (phase: CheckoutPhase) => void;
  onProblem: (problem: string | undefined) => void;
}

/** Our server prices the cart itself: only the lines' ids are sent. */
async function createRazorpayOrder(items: CartItem[]): Promise<RazorpayOrder> {
  const data = await api
    .post('api/orders/create-razorpay-order', {
      json: {
        cart_item_ids: items.map((item) => item.id),
      },
    })
    .json<RazorpayOrder>();
  return data;
}

/** Only the server's check of Razorpay's signature makes an order paid. */
async function verifyPayment(payment: RazorpaySuccess): Promise<Order> {
  try {
    const data = await api
      .post('api/orders/verify-payment', {
        json: {
          razorpay_order_id: payment.razorpay_order_id,
          razorpay_payment_id: payment.razorpay_payment_id,
          razorpay_signature: payment.razorpay_signature,
        },
      })
      .json<OrderResponse>();
    return data.order;
  } catch (error) {
    throw new PaymentUnconfirmedError(error);
  }
}

function describeItems(items: CartItem[]): string {
  const count = items.reduce((sum, item) => sum + item.quantity, 0);
  return `${count} ${count === 1 ? 'item' : 'items'} from the HormoHelp shop`;
}

/**
 * The Razorpay sequence: create the order on our server, load the checkout script, let the person pay
 * in its window, and have our server verify the payment before anything is shown as paid.
 */
async function payForCart(items: CartItem[], { customer, onPhase, onProblem }: CheckoutProgress) {
  const order = await createRazorpayOrder(items);
  const Razorpay = await loadCheckoutScript();
  const payment = await payInCheckoutWindow(
    Razorpay,
    {
      key: order.key_id,
      amount: order.amount,
      currency: order.currency,
      order_id: order.razorpay_order_id,
      name: 'HormoHelp',
      description: describeItems(items),
      prefill: customer ?? undefined,
      theme: { color: '#1f625c' },
    },
    {
      onOpen: () => onPhase('paying'),
      onFailedAttempt: (reason) =>
        onProblem(
          `Payment failed: ${reason}. You can try again in the payment window; your cart is unchanged.`,
        ),
    },
  );
  onPhase('verifying');
  onProblem(undefined);
  return verifyPayment(payment);
}

/** What the person reads when a payment did not go through, by where it stopped. */
function problemOf(error: unknown): string {
  if (error instanceof CheckoutDismissedError) return DISMISSED_MESSAGE;
  if (error instanceof PaymentUnconfirmedError) {
    return `We could not confirm your payment: ${error.message} If money left your account, the order is confirmed automatically within a few minutes and appears under “Your orders”.`;
  }
  if (error instanceof CheckoutLoadError) return error.message;
  return getErrorMessage(error);
}

function isCheckoutRunning(queryClient: QueryClient): boolean {
  return queryClient.isMutating({ mutationKey: CHECKOUT_KEY }) > 0;
}

/**
 * Paying for the cart, as one mutation from creating the order to the server's verification. Only
 * one runs at a time: a second press (a double click, or a press while the window is open) starts
 * nothing. Once the server has been asked to verify, whatever it answered, the cart and the orders
 * are read again: it may have emptied the one and added to the other.
 */
export function useCheckout(customer: Customer | null) {
  const queryClient = useQueryClient();
  const [phase, setPhase] = useState<CheckoutPhase>('idle');
  const [problem, setProblem] = useState<string>();
  const [paidOrder, setPaidOrder] = useState<Order | null>(null);

  const payment = useMutation({
    mutationKey: CHECKOUT_KEY,
    mutationFn: (items: CartItem[]) =>
      payForCart(items, { customer, onPhase: setPhase, onProblem: setProblem }),
    onSuccess: (order) => {
      setPhase('idle');
      setPaidOrder(order);
      toast.success('Payment received. Thank you!');
    },
    onError: (error) => {
      setPhase('idle');
      setProblem(problemOf(error));
    },
    onSettled: async (_order, error) => {
      if (error !== null && !(error instanceof PaymentUnconfirmedError)) return;
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.shop.cart() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.shop.orders() }),
      ]);
    },
  });

  function pay(items: CartItem[]) {
    if (items.length === 0 || isCheckoutRunning(queryClient)) return;
    setPhase('creating');
    setProblem(undefined);
    setPaidOrder(null);
    payment.mutate(items);
  }

  return { phase, problem, paidOrder, pay, clearPaidOrder: () => setPaidOrder(null) };
}
