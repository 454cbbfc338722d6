import { listen, type RunningServer } from '@hormohelp/server-kit';
import express, { type ErrorRequestHandler, Router } from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatchByPrefix } from './dispatch-by-prefix';

let running: RunningServer | undefined;
afterEach(() => running?.stop());

function router(name: string, paths: string[], visits: string[]): Router {
  const r = Router();
  for (const path of paths)
    r.get(path, (req, res, next) => {
      visits.push(name);
      if (req.query.fail === name) return next(new Error(`${name} failed`));
      if (req.query.pass === name) return next();
      res.json({ answeredBy: name, id: req.params.id ?? null });
    });
  return r;
}

async function startApp(routers: (visits: string[]) => Router[]) {
  const visits: string[] = [];
  const app = express();
  app.use(dispatchByPrefix(routers(visits)));
  app.use((_req, res) => void res.status(404).json({ answeredBy: 'not found' }));
  const onError: ErrorRequestHandler = (error, _req, res, _next) =>
    void res.status(500).json({ error: error.message });
  app.use(onError);
  running = await listen(app, { port: 0, host: '127.0.0.1' });
  const get = async (path: string) => {
    visits.length = 0;
    const response = await fetch(running!.url + path);
    return {
      status: response.status,
      body: (await response.json()) as { answeredBy?: string; id?: string | null; error?: string },
      visits: [...visits],
    };
  };
  return get;
}

const features = (visits: string[]) => [
  router('users', ['/users/me'], visits),
  router('symptoms', ['/api/symptoms', '/api/symptoms/:id'], visits),
  router('insights', ['/api/symptoms/insights'], visits),
  router('posts', ['/api/posts', '/api/posts/:id'], visits),
];

describe('dispatchByPrefix', () => {
  it('hands a request only to the routers with routes under its first two segments', async () => {
    const get = await startApp(features);
    expect(await get('/api/posts/7')).toEqual({
      status: 200,
      body: { answeredBy: 'posts', id: '7' },
      visits: ['posts'],
    });
    expect((await get('/USERS/me')).body.answeredBy).toBe('users');
  });

  it('keeps the routers’ order when two share a prefix, and moves on when the first has no answer', async () => {
    const get = await startApp(features);
    expect(await get('/api/symptoms/insights')).toMatchObject({
      body: { answeredBy: 'symptoms', id: 'insights' },
    });
    expect(await get('/api/symptoms/insights?pass=symptoms')).toMatchObject({
      body: { answeredBy: 'insights' },
      visits: ['symptoms', 'insights'],
    });
  });

  it('passes an error to the error middleware and an unknown path to the next layer', async () => {
    const get = await startApp(features);
    expect(await get('/api/posts?fail=posts')).toEqual({
      status: 500,
      body: { error: 'posts failed' },
      visits: ['posts'],
    });
    expect(await get('/api/nothing-here')).toEqual({
      status: 404,
      body: { answeredBy: 'not found' },
      visits: [],
    });
  });

  it('always tries a router with middleware of its own or a route whose prefix is a parameter', async () => {
    const get = await startApp((visits) => {
      const withMiddleware = Router();
      withMiddleware.use((_req, res) => void res.json({ answeredBy: 'middleware' }));
      return [router('params', ['/:kind/list'], visits), withMiddleware];
    });
    expect((await get('/anything/list')).body.answeredBy).toBe('params');
    expect((await get('/something/else')).body.answeredBy).toBe('middleware');
  });
});
