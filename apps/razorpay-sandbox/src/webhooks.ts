import { hmacSha256Hex } from './signatures';
import { newRazorpayId, type SandboxOrder, type SandboxPayment } from './store';

export type WebhookEventName = 'payment.captured' | 'order.paid' | 'payment.failed';

export interface WebhookDelivery {
  eventId: string;
  event: WebhookEventName;
  orderId: string;
  /** The HTTP status the receiver answered with on the last attempt, or 0 when it was unreachable. */
  status: number;
  attempts: number;
}

export interface WebhookSettings {
  url: string | undefined;
  secret: string;
  /** How long after the payment the events go out, so a test can race them against the browser. */
  delayMs: number;
  enabled: boolean;
}

const RETRY_DELAYS_MS = [250, 1000];

function eventBody(event: WebhookEventName, payment: SandboxPayment, order: SandboxOrder) {
  const withOrder = event === 'order.paid';
  return {
    entity: 'event',
    account_id: 'acc_SandboxHormoHelp',
    event,
    contains: withOrder ? ['payment', 'order'] : ['payment'],
    payload: {
      payment: { entity: payment },
      ...(withOrder && { order: { entity: order } }),
    },
    created_at: Math.floor(Date.now() / 1000),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends Razorpay's signed webhooks, at least once each, and remembers every delivery. */
export class WebhookSender {
  readonly deliveries: WebhookDelivery[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private holdNext: ((send: () => void) => void) | undefined;

  constructor(readonly settings: WebhookSettings) {}

  /** A captured payment: payment.captured then order.paid, as Razorpay sends both. */
  schedule(events: WebhookEventName[], payment: SandboxPayment, order: SandboxOrder): void {
    const { url, enabled, delayMs } = this.settings;
    if (!enabled || !url) return;
    const send = () => {
      const run = (async () => {
        await sleep(delayMs);
        for (const event of events) await this.deliver(url, event, payment, order);
      })();
      this.inFlight.add(run);
      void run.finally(() => this.inFlight.delete(run));
    };
    const hold = this.holdNext;
    this.holdNext = undefined;
    if (hold) hold(send);
    else send();
  }

  /**
   * Holds back the events of the next payment until the returned function is called: a delivery that
   * arrives late, after those of later payments. `settled()` does not wait for events still held.
   */
  holdNextPayment(): () => void {
    let held: (() => void) | undefined;
    let isReleased = false;
    this.holdNext = (send) => {
      if (isReleased) send();
      else held = send;
    };
    return () => {
      isReleased = true;
      held?.();
      held = undefined;
    };
  }

  /** Resolves once every scheduled webhook has been delivered or given up on. */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private async deliver(url: string, event: WebhookEventName, payment: SandboxPayment, order: SandboxOrder) {
    const raw = JSON.stringify(eventBody(event, payment, order));
    const delivery: WebhookDelivery = {
      eventId: newRazorpayId('evt'),
      event,
      orderId: order.id,
      status: 0,
      attempts: 0,
    };
    this.deliveries.push(delivery);
    for (let attempt = 0; attempt <= RETRY_DELAYS_MS.length; attempt += 1) {
      delivery.attempts += 1;
      delivery.status = await post(url, raw, delivery.eventId, this.settings.secret);
      if (delivery.status >= 200 && delivery.status < 300) return;
      const wait = RETRY_DELAYS_MS[attempt];
      if (wait !== undefined) await sleep(wait);
    }
  }
}

async function post(url: string, raw: string, eventId: string, secret: string): Promise<number> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Razorpay-Webhook/v1',
        'x-razorpay-event-id': eventId,
        'x-razorpay-signature': hmacSha256Hex(raw, secret),
      },
      body: raw,
      signal: AbortSignal.timeout(5000),
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}
