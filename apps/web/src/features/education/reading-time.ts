import type { Article } from './articles';

const WORDS_PER_MINUTE = 200;

export function readingMinutes(article: Article): number {
  const words = article.sections
    .flatMap((section) => section.paragraphs)
    .join(' ')
    .split(/\s+/).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
