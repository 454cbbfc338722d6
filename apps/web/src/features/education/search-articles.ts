import type { Article, ConditionTag } from './articles';

function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

function searchableText(article: Article): string {
  const body = article.sections.flatMap((section) => [section.heading ?? '', ...section.paragraphs]);
  return normalise([article.title, article.summary, ...body, ...article.seeADoctor].join(' '));
}

const indexCache = new WeakMap<Article, string>();

/**
 * Articles of `condition` (or all) containing every word of `query`, anywhere in title, summary or
 * text; a title match ranks first.
 */
export function searchArticles(all: Article[], query: string, condition: ConditionTag | null): Article[] {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  const matches = all.filter((article) => {
    if (condition && article.condition !== condition) return false;
    let text = indexCache.get(article);
    if (text === undefined) {
      text = searchableText(article);
      indexCache.set(article, text);
    }
    return words.every((word) => text.includes(word));
  });
  if (words.length === 0) return matches;
  const inTitle = (article: Article) => words.every((word) => normalise(article.title).includes(word));
  return [...matches.filter(inTitle), ...matches.filter((article) => !inTitle(article))];
}
