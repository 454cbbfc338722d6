// npm start -w @hormohelp/mail-catcher: SMTP on SMTP_PORT (1025) and the web page on PORT (8025).
import { createMailCatcher } from './mail-catcher';

function port(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    console.error(`mail-catcher: invalid environment variable ${name}`);
    process.exit(1);
  }
  return value;
}

const catcher = await createMailCatcher({
  smtpPort: port('SMTP_PORT', 1025),
  httpPort: port('PORT', 8025),
  host: process.env.HOST ?? '127.0.0.1',
});
console.log(`mail-catcher: SMTP on port ${catcher.smtpPort}; read the mail at ${catcher.url}`);

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    catcher.stop().then(() => process.exit(0));
  });
}
