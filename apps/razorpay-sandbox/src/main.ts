import { createRazorpaySandbox } from './sandbox';

// A stand-in for Razorpay on this machine: test keys only, no real money moves.
const required = ['RAZORPAY_KEY_ID', 'RAZORPAY_KEY_SECRET', 'RAZORPAY_WEBHOOK_SECRET'] as const;
const missing = required.filter((name) => !process.env[name]);
if (missing.length > 0) {
  for (const name of missing)
    console.error(`razorpay-sandbox: missing required environment variable ${name}`);
  process.exit(1);
}

const sandbox = await createRazorpaySandbox({
  port: Number(process.env.PORT ?? 9090),
  host: process.env.HOST ?? '127.0.0.1',
  keyId: process.env.RAZORPAY_KEY_ID!,
  keySecret: process.env.RAZORPAY_KEY_SECRET!,
  webhookSecret: process.env.RAZORPAY_WEBHOOK_SECRET!,
  webhookUrl: process.env.WEBHOOK_URL,
  webhookDelayMs: Number(process.env.WEBHOOK_DELAY_MS ?? 1000),
});
console.log(
  `razorpay-sandbox listening on ${sandbox.url} (webhooks to ${process.env.WEBHOOK_URL ?? 'nowhere'})`,
);

const shutdown = () => {
  sandbox.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
