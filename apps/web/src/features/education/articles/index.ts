import type { Article, ConditionTag } from './article-types';
import { endometriosisArticles } from './endometriosis';
import { menopauseArticles } from './menopause';
import { nutritionArticles } from './nutrition';
import { pcosArticles } from './pcos';
import { pmsArticles } from './pms';
import { thyroidArticles } from './thyroid';

export type { Article, ConditionTag } from './article-types';

export const CONDITION_LABELS: Record<ConditionTag, string> = {
  pcos: 'PCOS',
  thyroid: 'Thyroid',
  endometriosis: 'Endometriosis',
  menopause: 'Perimenopause & menopause',
  pms: 'PMS & PMDD',
  nutrition: 'Nutrition',
};

export const articles: Article[] = [
  ...pcosArticles,
  ...thyroidArticles,
  ...endometriosisArticles,
  ...menopauseArticles,
  ...pmsArticles,
  ...nutritionArticles,
];

export function findArticle(slug: string | undefined): Article | undefined {
  return articles.find((article) => article.slug === slug);
}
