export type { PaymentFailure, SignedPayment } from './checkout-routes';
export {
  createRazorpaySandbox,
  type RazorpaySandbox,
  type RazorpaySandboxOptions,
  type SandboxFault,
} from './sandbox';
export { hmacSha256Hex, signPayment } from './signatures';
export type { SandboxOrder, SandboxPayment } from './store';
export type { WebhookDelivery } from './webhooks';
