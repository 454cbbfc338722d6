import type { Article } from './articles';

const WORDS_PER_MINUTE = 180;

export function readingMinutes(article: Article): number {
  const words = article.sections
    .flatMap((section) => section.paragraphs)
    .join(' ')
    .split(/\s+/).length;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}
