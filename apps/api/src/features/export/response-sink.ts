import type { OutgoingHttpHeaders } from 'node:http';
import type { FastifyReply } from 'fastify';
import type { ExportSink } from './export-sink';

const FILES = {
  json: { type: 'application/json; charset=utf-8', name: 'hormohelp-export', extension: 'json' },
  csv: { type: 'text/csv; charset=utf-8', name: 'hormohelp-symptom-logs', extension: 'csv' },
} as const;

/**
 * Streams an export into the response (chunked), waiting for 'drain' when the client reads slowly.
 * Until the first byte the answer is Fastify's (an error still gets its JSON body); from then on the
 * route writes it, with the headers gathered so far (no-store among them) and the file's own.
 */
export function responseSink(reply: FastifyReply): ExportSink {
  const res = reply.raw;
  return {
    start(format) {
      const { type, name, extension } = FILES[format];
      const day = new Date().toISOString().slice(0, 10);
      reply.hijack();
      res.writeHead(200, {
        ...(reply.getHeaders() as OutgoingHttpHeaders),
        'content-type': type,
        'content-disposition': `attachment; filename="${name}-${day}.${extension}"`,
      });
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
