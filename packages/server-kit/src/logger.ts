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
  return pino(options, destination ?? bufferedStdout());
}

/** Lines are held until this many bytes are waiting, or for at most FLUSH_MS. */
const BUFFER_BYTES = 4096;
const FLUSH_MS = 1000;

/**
 * Stdout, written in blocks of about 4 KB instead of one write per line (a write is a system call,
 * which cost a request line more than building it), and at least every second, so a quiet service's
 * lines still show within a second. pino writes what is held when the process exits, a crash included; only
 * a SIGKILL loses the last second.
 */
function bufferedStdout(): DestinationStream {
  const stream = pino.destination({ dest: 1, sync: false, minLength: BUFFER_BYTES });
  const timer = setInterval(() => {
    try {
      stream.flush();
    } catch {
      // Ended: the process is exiting, and pino has written everything.
      clearInterval(timer);
    }
  }, FLUSH_MS).unref();
  return stream;
}
