import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MessageStore } from './message-store';
import { PAGE_CSP, renderList, renderMessage } from './pages';

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    'x-content-type-options': 'nosniff',
    ...(type === 'text/html' && { 'content-security-policy': PAGE_CSP }),
  });
  res.end(body);
}

const json = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, 'application/json', JSON.stringify(value));

/** GET /health, GET / (the list), GET /messages/:id, GET and DELETE /api/messages. */
export function createRequestHandler(store: MessageStore) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method === 'GET' && path === '/health') return json(res, 200, { status: 'ok' });
    if (req.method === 'GET' && path === '/') return send(res, 200, 'text/html', renderList(store.list()));
    if (req.method === 'GET' && path === '/api/messages') return json(res, 200, { items: store.list() });
    if (req.method === 'DELETE' && path === '/api/messages') {
      store.clear();
      res.writeHead(204).end();
      return;
    }
    const match = /^\/messages\/([\w-]+)$/.exec(path);
    const message = req.method === 'GET' && match ? store.find(match[1]!) : undefined;
    if (message) return send(res, 200, 'text/html', renderMessage(message));
    json(res, 404, { error: { code: 'not_found', message: 'Not found.' } });
  };
}
