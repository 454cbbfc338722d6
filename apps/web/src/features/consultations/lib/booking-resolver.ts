import { lazyResolver } from '@/lib/forms/lazy-resolver';

/**
 * The wizard's resolver over the contract's booking body, loaded with zod after the page has rendered
 * (`useContractForm` preloads it), so the catalogue shows without waiting for it.
 */
export const lazyBookingResolver = lazyResolver(() =>
  import('./booking-form-resolver').then((module) => module.bookingResolver),
);
