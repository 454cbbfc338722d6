import type { AddressObject } from 'mailparser';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { CaughtMessage, MessageStore } from './message-store';

const MAX_MESSAGE_BYTES = 5 * 1024 * 1024;

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((entry) => entry.value.map((address) => address.address ?? '')).filter(Boolean);
}

/** Accepts any mail without authentication (local use only) and stores it parsed. */
export function createSmtpReceiver(
  store: MessageStore,
  onMessage?: (message: CaughtMessage) => void,
): SMTPServer {
  return new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: MAX_MESSAGE_BYTES,
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const envelopeTo = session.envelope.rcptTo.map((rcpt) => rcpt.address);
          const message = store.add({
            from: addresses(parsed.from)[0] ?? (session.envelope.mailFrom || { address: '' }).address,
            to: addresses(parsed.to).length > 0 ? addresses(parsed.to) : envelopeTo,
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : null,
            date: (parsed.date ?? new Date()).toISOString(),
          });
          onMessage?.(message);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
}
