/**
 * Every route of the API's route map, called once in a sensible order with valid input, each expected
 * to answer its success status: the proof that a part of the platform still works end to end.
 */
import { createHmac } from 'node:crypto';
import { nextLogDate } from './log-dates';
import { call } from './reliability-http';
import { RAZORPAY } from './reliability-stack';

export interface TourStop {
  route: string;
  status: number;
  expected: number;
}

/** Runs the tour as `token`'s owner (a verified user) and returns what each route answered. */
export async function tourApiRoutes(apiUrl: string, token: string): Promise<TourStop[]> {
  const stops: TourStop[] = [];
  const visit = async (method: string, path: string, expected: number, body?: unknown, route = path) => {
    const answer = await call(apiUrl, method, path, { token, body });
    stops.push({ route: `${method} ${route}`, status: answer.status, expected });
    return answer.body;
  };
  const log = { symptoms: ['Bloating'], severity: 3, mood: 7, energy: 6, sleep: 8 };

  await visit('PATCH', '/users/me', 200, { name: 'Tour Person', healthDataConsent: true });
  const { item: symptomLog } = await visit('POST', '/api/symptoms', 201, { ...log, date: nextLogDate() });
  await visit('GET', '/api/symptoms', 200);
  await visit('GET', '/api/symptoms/stats?days=7', 200, undefined, '/api/symptoms/stats');
  await visit('GET', '/api/symptoms/insights', 200);
  await visit('GET', '/users/me/export', 200);
  await visit('DELETE', `/api/symptoms/${symptomLog?.id}`, 204, undefined, '/api/symptoms/:id');

  const { item: post } = await visit('POST', '/api/posts', 201, { title: 'Tour', body: 'Still here.' });
  await visit('GET', '/api/posts', 200);
  await visit('POST', `/api/posts/${post?.id}/like`, 200, undefined, '/api/posts/:id/like');
  await visit('POST', `/api/posts/${post?.id}/comments`, 201, { body: 'Yes.' }, '/api/posts/:id/comments');
  await visit('GET', `/api/posts/${post?.id}/comments`, 200, undefined, '/api/posts/:id/comments');
  await visit('DELETE', `/api/posts/${post?.id}`, 204, undefined, '/api/posts/:id');

  const { items: experts } = await visit('GET', '/api/experts', 200);
  const expert = experts?.find((candidate: { slots: unknown[] }) => candidate.slots.length > 0);
  const { item: booking } = await visit('POST', '/api/bookings', 201, {
    expertId: expert?.id,
    type: expert?.consultationTypes[0],
    ...expert?.slots[0],
  });
  await visit('GET', '/api/bookings', 200);
  await visit('DELETE', `/api/bookings/${booking?.id}`, 204, undefined, '/api/bookings/:id');

  const { items: products } = await visit('GET', '/api/products', 200);
  const { item: line } = await visit('POST', '/api/cart', 201, { productId: products?.[0]?.id });
  await visit('PATCH', `/api/cart/${line?.id}`, 200, { quantity: 2 }, '/api/cart/:id');
  await visit('GET', '/api/cart', 200);
  const order = await visit('POST', '/api/orders/create-razorpay-order', 201, { cart_item_ids: [line?.id] });
  const paymentId = `pay_tour${Date.now()}`;
  const signature = createHmac('sha256', RAZORPAY.keySecret)
    .update(`${order?.razorpay_order_id}|${paymentId}`)
    .digest('hex');
  await visit('POST', '/api/orders/verify-payment', 201, {
    razorpay_order_id: order?.razorpay_order_id,
    razorpay_payment_id: paymentId,
    razorpay_signature: signature,
  });
  await visit('GET', '/api/orders', 200);
  const { item: second } = await visit('POST', '/api/cart', 201, { productId: products?.[1]?.id });
  await visit('DELETE', `/api/cart/${second?.id}`, 204, undefined, '/api/cart/:id');
  return stops;
}
