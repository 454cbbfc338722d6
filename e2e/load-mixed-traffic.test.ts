/**
 * 200 concurrent clients for 30 s on the API process: symptom writes and reads, feed reads, likes and
 * cart additions across 200 people. Every write autocannon saw acknowledged is in the database exactly
 * once; nothing is stored that was not sent; no answer is a 5xx.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextLogDate } from './support/log-dates';
import { type ApiProcess, startApiProcess } from './support/reliability-api-process';
import { createTally, type LoadContext, type LoadStep, runLoad } from './support/reliability-load';

const CONNECTIONS = 200;
const SECONDS = 30;

let service: ApiProcess;
let users: Array<{ id: string; token: string }>;
let postIds: string[];
let productIds: number[];
beforeAll(async () => {
  service = await startApiProcess();
  users = await service.createUsers(CONNECTIONS);
  const posts = await service.db.query<{ id: string }>(
    `INSERT INTO community_posts (user_id, title, body)
     SELECT $1, 'Load post ' || n, 'Body ' || n FROM generate_series(1, 10) AS n RETURNING id`,
    [users[0]!.id],
  );
  postIds = posts.rows.map((row) => row.id);
  productIds = (await service.db.query<{ id: number }>('SELECT id FROM products ORDER BY id')).rows.map(
    (row) => row.id,
  );
}, 60_000);
afterAll(() => service?.stop());

const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)]!;
const json = (text: string) => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** What was sent and what was acknowledged, per write key, to compare with the rows afterwards. */
function createLedger() {
  const sent = new Map<string, number>();
  const acknowledged = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, by = 1) => map.set(key, (map.get(key) ?? 0) + by);
  return {
    sent,
    acknowledged,
    send: (key: string) => add(sent, key),
    acknowledge: (key: string, by = 1) => add(acknowledged, key, by),
    /** Sent and never answered: the requests autocannon cut off when the 30 s ran out. */
    unanswered: new Map<string, number>(),
  };
}

describe('200 concurrent clients for 30 s on a mix of reads and writes', () => {
  it('answers no 5xx and loses or duplicates no write', async () => {
    const tally = createTally();
    const notes = createLedger();
    const likes = createLedger();
    const cart = createLedger();
    let nextUser = 0;
    const as = (context: LoadContext) => ({
      authorization: `Bearer ${(context.user as { token: string }).token}`,
    });
    const jsonHeaders = (context: LoadContext) => ({ ...as(context), 'content-type': 'application/json' });
    const step = (
      route: string,
      build: LoadStep['setupRequest'],
      onAnswer?: LoadStep['onResponse'],
    ): LoadStep => ({
      setupRequest: build,
      onResponse(status, body, context) {
        tally.record(route, status);
        onAnswer?.(status, body, context);
      },
    });

    const steps: LoadStep[] = [
      step(
        'POST /api/symptoms',
        (request, context) => {
          context.user = users[nextUser++ % users.length];
          context.note = `load-${randomUUID()}`;
          notes.send(context.note as string);
          const log = {
            date: nextLogDate(),
            symptoms: ['Fatigue'],
            notes: context.note,
            severity: 5,
            mood: 6,
            energy: 4,
            sleep: 7,
          };
          return {
            ...request,
            method: 'POST',
            path: '/api/symptoms',
            headers: jsonHeaders(context),
            body: JSON.stringify(log),
          };
        },
        (status, body, context) => {
          if (status === 201 && json(body)?.item?.notes === context.note)
            notes.acknowledge(context.note as string);
        },
      ),
      step('GET /api/symptoms', (request, context) => ({
        ...request,
        method: 'GET',
        path: '/api/symptoms?limit=20',
        headers: as(context),
      })),
      step('GET /api/posts', (request, context) => ({
        ...request,
        method: 'GET',
        path: '/api/posts',
        headers: as(context),
      })),
      step(
        'POST /api/posts/:id/like',
        (request, context) => {
          context.like = `${(context.user as { id: string }).id}|${pick(postIds)}`;
          likes.send(context.like as string);
          const postId = (context.like as string).split('|')[1];
          return { ...request, method: 'POST', path: `/api/posts/${postId}/like`, headers: as(context) };
        },
        (status, body, context) => {
          // +1 for a like, -1 for an unlike: the sum per person and post says whether a row should exist.
          if (status === 200) likes.acknowledge(context.like as string, json(body)?.liked ? 1 : -1);
          likes.acknowledged.set(
            `answered|${context.like}`,
            (likes.acknowledged.get(`answered|${context.like}`) ?? 0) + 1,
          );
        },
      ),
      step(
        'POST /api/cart',
        (request, context) => {
          context.line = `${(context.user as { id: string }).id}|${pick(productIds)}`;
          cart.send(context.line as string);
          const productId = Number((context.line as string).split('|')[1]);
          return {
            ...request,
            method: 'POST',
            path: '/api/cart',
            headers: jsonHeaders(context),
            body: JSON.stringify({ productId, quantity: 1 }),
          };
        },
        (status, _body, context) => {
          if (status === 201) cart.acknowledge(context.line as string);
          cart.acknowledged.set(
            `answered|${context.line}`,
            (cart.acknowledged.get(`answered|${context.line}`) ?? 0) + 1,
          );
        },
      ),
      step('GET /api/cart', (request, context) => ({
        ...request,
        method: 'GET',
        path: '/api/cart',
        headers: as(context),
      })),
    ];

    const result = await runLoad(service.api.url, CONNECTIONS, SECONDS, steps);
    const routes = tally.summary();
    console.info(`[load] answers per route: ${JSON.stringify(routes)}`);
    // On a 5xx, what the API logged about it (warn level and above) says why.
    if (result['5xx'] > 0) console.info(`[load] API log:\n${service.api.output().slice(-4000)}`);

    expect(result['5xx']).toBe(0);
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result.non2xx).toBe(0);
    for (const [route, byStatus] of Object.entries(routes))
      expect(Object.keys(byStatus), route).toEqual([
        route.startsWith('GET') || route.includes('like') ? '200' : '201',
      ]);

    // Symptom logs: every acknowledged note stored once; any other stored note was sent and cut off.
    const { rows: logRows } = await service.db.query<{ notes: string; n: number }>(
      `SELECT notes, count(*) AS n FROM symptom_logs GROUP BY notes`,
    );
    const stored = new Map(logRows.map((row) => [row.notes, row.n]));
    for (const note of notes.acknowledged.keys()) expect(stored.get(note), note).toBe(1);
    const unacknowledged = logRows.filter((row) => !notes.acknowledged.has(row.notes));
    for (const row of unacknowledged) {
      expect(row.n).toBe(1);
      expect(notes.sent.has(row.notes), row.notes).toBe(true);
    }
    expect(unacknowledged.length).toBeLessThanOrEqual(CONNECTIONS);

    // Cart: each line's quantity is its acknowledged additions, plus at most the ones cut off.
    const { rows: lines } = await service.db.query<{ key: string; quantity: number }>(
      `SELECT user_id || '|' || product_id AS key, quantity FROM cart_items`,
    );
    let cartCutOff = 0;
    for (const line of lines) {
      const acknowledged = cart.acknowledged.get(line.key) ?? 0;
      const cutOff = (cart.sent.get(line.key) ?? 0) - (cart.acknowledged.get(`answered|${line.key}`) ?? 0);
      cartCutOff += line.quantity - acknowledged;
      expect(line.quantity, line.key).toBeGreaterThanOrEqual(acknowledged);
      expect(line.quantity, line.key).toBeLessThanOrEqual(acknowledged + cutOff);
    }
    const acknowledgedAdds = [...cart.acknowledged].filter(([key]) => !key.startsWith('answered|'));
    const storedAdds = lines.reduce((sum, line) => sum + line.quantity, 0);
    expect(storedAdds - cartCutOff).toBe(acknowledgedAdds.reduce((sum, [, count]) => sum + count, 0));

    // Likes: where every toggle was answered, a row exists exactly when likes outnumber unlikes by one.
    const { rows: likeRows } = await service.db.query<{ key: string }>(
      `SELECT user_id || '|' || post_id AS key FROM post_likes`,
    );
    const liked = new Set(likeRows.map((row) => row.key));
    let checkedPairs = 0;
    for (const [key, sent] of likes.sent) {
      if ((likes.acknowledged.get(`answered|${key}`) ?? 0) !== sent) continue;
      const net = likes.acknowledged.get(key) ?? 0;
      expect([0, 1], key).toContain(net);
      expect(liked.has(key), key).toBe(net === 1);
      checkedPairs += 1;
    }
    expect(checkedPairs).toBeGreaterThan(likes.sent.size * 0.9);

    const writes = [...notes.acknowledged.values()].length;
    console.info(
      `[load] ${CONNECTIONS} connections × ${SECONDS} s: ${result.requests.total} requests ` +
        `(${Math.round(result.requests.average)}/s), p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
        `max ${result.latency.max} ms, 5xx ${result['5xx']}, errors ${result.errors}; ${writes} symptom logs, ` +
        `${storedAdds} cart additions, ${checkedPairs} like pairs checked against the database; ` +
        `${unacknowledged.length} logs and ${cartCutOff} cart additions cut off at the end (sent, stored, unanswered)\n` +
        JSON.stringify(routes),
    );
  }, 120_000);
});
