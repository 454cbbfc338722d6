import { createHmac, timingSafeEqual } from 'node:crypto';

export function hmacSha256Hex(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('hex');
}

/** The checkout's `razorpay_signature`: HMAC-SHA256(order_id + "|" + payment_id, key_secret), hex. */
export function signPayment(orderId: string, paymentId: string, keySecret: string): string {
  return hmacSha256Hex(`${orderId}|${paymentId}`, keySecret);
}

/** Constant-time comparison of two strings; a different length is simply not equal. */
export function isSameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
