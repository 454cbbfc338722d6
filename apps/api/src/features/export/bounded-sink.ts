import type { ExportSink } from './export-sink';

/** Why an export was cut short by its own limits rather than by its reader or the database. */
export class ExportCutError extends Error {
  override name = 'ExportCutError';
}

export interface ExportBounds {
  /** How long one write may wait for the reader to accept it. */
  stallMs: number;
  /** Aborts when the whole export has run out of time. */
  deadline: AbortSignal;
}

/**
 * The sink, with every write refused once the deadline has passed and every wait for the reader
 * bounded by `stallMs`: a client that keeps the socket open without reading would otherwise hold
 * the export's transaction, and its connection, for as long as it likes.
 */
export function boundSink(sink: ExportSink, { stallMs, deadline }: ExportBounds): ExportSink {
  return {
    start: (format) => sink.start(format),
    async write(text) {
      if (deadline.aborted) throw new ExportCutError('the export ran past its deadline');
      let timer: NodeJS.Timeout | undefined;
      let onDeadline = () => {};
      const cut = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(
          () => reject(new ExportCutError(`the reader took nothing for ${stallMs} ms`)),
          stallMs,
        );
        onDeadline = () => reject(new ExportCutError('the export ran past its deadline'));
        deadline.addEventListener('abort', onDeadline, { once: true });
      });
      try {
        await Promise.race([sink.write(text), cut]);
      } finally {
        clearTimeout(timer);
        deadline.removeEventListener('abort', onDeadline);
      }
    },
  };
}
