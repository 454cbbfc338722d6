import { describe, expect, it } from 'vitest';
import { json, Router } from './router';

type Context = { name: string };

const handlerNamed = (name: string) => () => json({ name });

function table() {
  return new Router<Context>()
    .get('/api/symptoms', handlerNamed('list'))
    .get('/api/symptoms/stats', handlerNamed('stats'))
    .post('/api/symptoms', handlerNamed('create'))
    .delete('/api/symptoms/:id', handlerNamed('delete'))
    .get('/api/posts/:id/comments', handlerNamed('comments'));
}

const matched = (router: Router<Context>, method: string, path: string) => {
  const match = router.match(method, path);
  return match && { reply: match.route.handler({ name: '' }), params: match.params };
};

describe('Router', () => {
  it('finds a fixed route by method and path', () => {
    expect(matched(table(), 'GET', '/api/symptoms')?.reply).toEqual(json({ name: 'list' }));
    expect(matched(table(), 'POST', '/api/symptoms')?.reply).toEqual(json({ name: 'create' }));
    expect(matched(table(), 'GET', '/api/symptoms/stats')?.reply).toEqual(json({ name: 'stats' }));
  });

  it('matches as Express did: any letter case, one trailing slash, HEAD by the GET route', () => {
    expect(matched(table(), 'GET', '/API/Symptoms')?.reply).toEqual(json({ name: 'list' }));
    expect(matched(table(), 'GET', '/api/symptoms/')?.reply).toEqual(json({ name: 'list' }));
    expect(matched(table(), 'HEAD', '/api/symptoms')?.reply).toEqual(json({ name: 'list' }));
  });

  it('finds nothing for another method, a longer or shorter path, or a doubled slash', () => {
    expect(table().match('PUT', '/api/symptoms')).toBeUndefined();
    expect(table().match('GET', '/api/symptoms/stats/more')).toBeUndefined();
    expect(table().match('GET', '/api')).toBeUndefined();
    expect(table().match('GET', '/api/symptoms//')).toBeUndefined();
  });

  it('gives a parameter decoded, with its letter case, and matches fixed segments around it in any case', () => {
    expect(matched(table(), 'DELETE', '/api/symptoms/AbC%20d')?.params).toEqual({ id: 'AbC d' });
    expect(matched(table(), 'GET', '/api/POSTS/42/Comments')?.params).toEqual({ id: '42' });
  });

  it('does not match an empty or malformed parameter', () => {
    expect(table().match('DELETE', '/api/symptoms/')).toBeUndefined();
    expect(table().match('GET', '/api/posts//comments')).toBeUndefined();
    expect(table().match('DELETE', '/api/symptoms/%E0%A4%A')).toBeUndefined();
  });

  it('keeps guards, body kind and access with the route, and merges tables in order', () => {
    const guard = () => {};
    const merged = new Router<Context>().post('/api/posts', guard, handlerNamed('post')).use(
      new Router<Context>().route({
        method: 'POST',
        path: '/hook',
        handler: handlerNamed('hook'),
        body: 'raw',
        isPublic: true,
      }),
    );
    expect(merged.match('POST', '/api/posts')?.route).toMatchObject({
      guards: [guard],
      body: 'json',
      isPublic: false,
    });
    expect(merged.match('POST', '/hook')?.route).toMatchObject({ guards: [], body: 'raw', isPublic: true });
  });

  it('refuses a route added twice, in any letter case, so one cannot silently shadow another', () => {
    expect(() => table().get('/API/symptoms', handlerNamed('again'))).toThrow(/routed twice/);
  });
});
