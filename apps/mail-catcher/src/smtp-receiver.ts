import type { AddressObject } from 'mailparser';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { CaughtMessage, MessageStore } from './message-store';

const MAX_MESSAGE_BYTES = 5 * 1024 * 1024;

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((entry) => entry.value.map((address) => address.address ?? '')).filter(Boolean);
}

/** A PEM key and certificate with which the receiver offers STARTTLS. */
export interface TlsIdentity {
  key: string;
  cert: string;
}

/**
 * Accepts any mail without authentication (local use only) and stores it parsed. With
 * `rejectRecipients` it refuses every recipient as a real server refuses an unknown mailbox,
 * naming the address in its reply, so that a sender's handling of the failure can be tried.
 * With `tls` it offers STARTTLS, as a production relay does; without, it speaks plain SMTP only.
 */
export function createSmtpReceiver(
  store: MessageStore,
  onMessage?: (message: CaughtMessage) => void,
  { rejectRecipients = false, tls }: { rejectRecipients?: boolean; tls?: TlsIdentity } = {},
): SMTPServer {
  return new SMTPServer({
    authOptional: true,
    disabledCommands: tls ? ['AUTH'] : ['AUTH', 'STARTTLS'],
    ...(tls ? { key: tls.key, cert: tls.cert } : {}),
    size: MAX_MESSAGE_BYTES,
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!rejectRecipients) return callback();
      const refusal = Object.assign(new Error(`5.1.1 <${address.address}>: Recipient address rejected`), {
        responseCode: 550,
      });
      callback(refusal);
    },
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
            messageId: parsed.messageId ?? '',
            encrypted: session.secure,
          });
          onMessage?.(message);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
}
