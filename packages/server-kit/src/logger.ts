import pino, { type DestinationStream, type Logger } from 'pino';
import { CENSOR, redactForLog, scrubText } from './log-redaction';

export type { DestinationStream, Logger };

// What the object walk cannot see: request and response objects turned into JSON by a serializer
// (a framework's), which runs after it.
const SERIALIZED_HEADERS = ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'];

/**
 * The services' logger. Every logged object goes through `redactForLog` (errors cut down to code,
 * message, constraint and stack; secrets and personal fields censored at any depth; addresses
 * scrubbed), and so does the message. `destination` is stdout unless a test captures the lines.
 */
export function createLogger(
  service: string,
  level = process.env.LOG_LEVEL ?? 'info',
  destination?: DestinationStream,
): Logger {
  const options: pino.LoggerOptions = {
    name: service,
    level,
    base: { service },
    redact: { paths: SERIALIZED_HEADERS, censor: CENSOR },
    formatters: { log: (object) => redactForLog(object) as Record<string, unknown> },
    serializers: {
      // In place of pino's, which would copy every field of the error back in.
      err: redactForLog,
      msg: (message: unknown) => (typeof message === 'string' ? scrubText(message) : message),
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
