import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { holdNextAnswer } from '../held-answer';
import type { Platform } from '../platform';
import { waitForSettled, waitForText } from '../waits';

export interface NewPost {
  title: string;
  category: string;
  body: string;
  comment: string;
}

/** Publishes a post, likes it and comments on it; then a reload shows all three kept by the server. */
export async function postLikeAndComment(page: Page, platform: Platform, post: NewPost): Promise<void> {
  const form = page.getByRole('form', { name: 'Start a discussion' });
  await form.getByLabel('Title').fill(post.title);
  await form.getByLabel('Topic').selectOption(post.category);
  await form.getByLabel('Your post').fill(post.body);
  await form.getByRole('button', { name: 'Publish post' }).click();

  const card = page.getByRole('article', { name: post.title });
  await waitForText(card, post.body.split('\n')[0]!);
  expect(await card.locator('b, script, img').count()).toBe(0);
  await waitForText(card, post.category);
  expect(await form.getByLabel('Title').inputValue()).toBe('');

  const like = card.getByRole('button', { name: `Like ${post.title}` });
  expect(await like.getAttribute('aria-pressed')).toBe('false');
  // The like shows before the server's answer arrives: that answer is held until the page shows it.
  const answer = await holdNextAnswer(page, 'POST', '/like');
  await like.click();
  await answer.requested;
  await expect.poll(() => like.getAttribute('aria-pressed')).toBe('true');
  await waitForText(like, '1 like');
  answer.release();
  await expect.poll(() => like.getAttribute('aria-busy')).toBeNull();
  expect(await like.getAttribute('aria-pressed')).toBe('true');

  await card.getByRole('button', { name: 'Comments (0)' }).click();
  await card.getByText('No comments yet. Be the first to reply.').waitFor();
  await card.getByLabel('Write a comment').fill(post.comment);
  await card.getByRole('button', { name: 'Post comment' }).click();
  await waitForText(card.getByRole('list', { name: 'Comments' }), post.comment);
  await card.getByRole('button', { name: 'Hide comments (1)' }).waitFor();

  await page.reload();
  await waitForSettled(page);
  const reloaded = page.getByRole('article', { name: post.title });
  const reloadedLike = reloaded.getByRole('button', { name: `Like ${post.title}` });
  expect(await reloadedLike.getAttribute('aria-pressed')).toBe('true');
  await waitForText(reloadedLike, '1 like');
  await reloaded.getByRole('button', { name: 'Comments (1)' }).waitFor();

  const { rows } = await platform.db.query(
    `SELECT p.body, (SELECT count(*)::int FROM community_comments c WHERE c.post_id = p.id) AS comments,
            (SELECT count(*)::int FROM post_likes l WHERE l.post_id = p.id) AS likes
       FROM community_posts p WHERE p.title = $1`,
    [post.title],
  );
  expect(rows).toEqual([{ body: post.body, comments: 1, likes: 1 }]);
}
