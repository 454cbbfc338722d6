import type { CartItem, Order, OrderResponse, RazorpayOrder } from '@hormohelp/contracts';
import { useState } from 'react';
import toast from 'react-hot-toast';
import { api, getErrorMessage } from '@/lib/api-client';
import { CheckoutLoadError, loadCheckoutScript, type RazorpaySuccess } from '../lib/razorpay-checkout';

export type CheckoutPhase = 'idle' | 'creating' | 'paying' | 'verifying';

export const DISMISSED_MESSAGE = 'Payment cancelled. Nothing was charged and your cart is unchanged.';

interface CheckoutOptions {
  customer: { name: string; email: string } | null;
  /** After a verified payment, and after a failed verification: the server may have changed the cart. */
  onSettled: () => void;
}

/**
 * The Razorpay sequence: create the order on our server (which prices the cart itself), load the
 * checkout script, open it, and on success have our server verify the signature before anything is
 * shown as paid.
 */
export function useCheckout({ customer, onSettled }: CheckoutOptions) {
  const [phase, setPhase] = useState<CheckoutPhase>('idle');
  const [problem, setProblem] = useState<string>();
  const [paidOrder, setPaidOrder] = useState<Order | null>(null);

  async function verify(response: RazorpaySuccess) {
    setPhase('verifying');
    setProblem(undefined);
    try {
      const { data } = await api.post<OrderResponse>('/api/orders/verify-payment', {
        razorpay_order_id: response.razorpay_order_id,
        razorpay_payment_id: response.razorpay_payment_id,
        razorpay_signature: response.razorpay_signature,
      });
      setPaidOrder(data.order);
      toast.success('Payment received. Thank you!');
    } catch (error) {
      setProblem(
        `We could not confirm your payment: ${getErrorMessage(error)} If money left your account, the order is confirmed automatically within a few minutes and appears under “Your orders”.`,
      );
    } finally {
      setPhase('idle');
      onSettled();
    }
  }

  async function pay(items: CartItem[]) {
    if (phase !== 'idle' || items.length === 0) return;
    setPhase('creating');
    setProblem(undefined);
    setPaidOrder(null);
    try {
      const { data: order } = await api.post<RazorpayOrder>('/api/orders/create-razorpay-order', {
        cart_item_ids: items.map((item) => item.id),
      });
      const Razorpay = await loadCheckoutScript();
      const count = items.reduce((sum, item) => sum + item.quantity, 0);
      const checkout = new Razorpay({
        key: order.key_id,
        amount: order.amount,
        currency: order.currency,
        order_id: order.razorpay_order_id,
        name: 'HormoHelp',
        description: `${count} ${count === 1 ? 'item' : 'items'} from the HormoHelp shop`,
        prefill: customer ?? undefined,
        theme: { color: '#1f625c' },
        handler: (response) => void verify(response),
        modal: {
          ondismiss: () => {
            setPhase('idle');
            setProblem(DISMISSED_MESSAGE);
          },
        },
      });
      checkout.on?.('payment.failed', (response) => {
        const reason = response.error?.description ?? 'the payment was declined';
        setProblem(
          `Payment failed: ${reason}. You can try again in the payment window; your cart is unchanged.`,
        );
      });
      setPhase('paying');
      checkout.open();
    } catch (error) {
      setPhase('idle');
      setProblem(error instanceof CheckoutLoadError ? error.message : getErrorMessage(error));
    }
  }

  return { phase, problem, paidOrder, pay, clearPaidOrder: () => setPaidOrder(null) };
}
