import { createHmac, timingSafeEqual } from 'node:crypto';

const HEX_SHA256 = /^[0-9a-f]{64}$/;

function hmacHex(payload: string | Buffer, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('hex');
}

/** Compares a hex signature in constant time; anything that is not 64 hex digits is simply invalid. */
function isMatchingHex(expectedHex: string, givenHex: string): boolean {
  if (!HEX_SHA256.test(givenHex)) return false;
  const expected = Buffer.from(expectedHex, 'hex');
  const given = Buffer.from(givenHex, 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** Checkout's signature: HMAC-SHA256(order_id + "|" + payment_id, key_secret), with the order id we stored. */
export function isValidPaymentSignature(
  input: { orderId: string; paymentId: string; signature: string },
  keySecret: string,
): boolean {
  return isMatchingHex(hmacHex(`${input.orderId}|${input.paymentId}`, keySecret), input.signature);
}

/** A webhook's X-Razorpay-Signature: HMAC-SHA256 of the raw body bytes, with the webhook secret. */
export function isValidWebhookSignature(rawBody: Buffer, signature: string, webhookSecret: string): boolean {
  return isMatchingHex(hmacHex(rawBody, webhookSecret), signature);
}
