import type { ApiContext } from '../../http/context';
import type { ExportSink } from './export-sink';

const FILES = {
  json: { type: 'application/json; charset=utf-8', name: 'hormohelp-export', extension: 'json' },
  csv: { type: 'text/csv; charset=utf-8', name: 'hormohelp-symptom-logs', extension: 'csv' },
} as const;

/**
 * Streams an export into the response (chunked), waiting for 'drain' when the client reads slowly.
 * The answer carries the request's gathered headers (no-store among them) and the file's own.
 */
export function responseSink({ res, headers }: ApiContext): ExportSink {
  return {
    start(format) {
      const { type, name, extension } = FILES[format];
      const day = new Date().toISOString().slice(0, 10);
      headers.push(
        'Content-Type',
        type,
        'Content-Disposition',
        `attachment; filename="${name}-${day}.${extension}"`,
      );
      res.writeHead(200, headers);
      res.flushHeaders();
    },
    write(text) {
      if (res.destroyed || res.writableEnded) return Promise.reject(new Error('the client left'));
      if (res.write(text)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const onDrain = () => {
          res.off('close', onClose);
          resolve();
        };
        const onClose = () => {
          res.off('drain', onDrain);
          reject(new Error('the client left'));
        };
        res.once('drain', onDrain);
        res.once('close', onClose);
      });
    },
  };
}
