/** Where an export is written: the route backs it with the HTTP response. */
export interface ExportSink {
  /** Called once, just before the first byte: the moment a 404 can no longer be answered. */
  start(format: 'json' | 'csv'): void;
  /** Resolves when the text may be followed by more (backpressure); rejects when the reader left. */
  write(text: string): Promise<void>;
}
