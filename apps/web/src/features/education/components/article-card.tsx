import { Link } from 'react-router-dom';
import { type Article, CONDITION_LABELS } from '../articles';
import { readingMinutes } from '../reading-time';

export function ArticleCard({ article }: { article: Article }) {
  return (
    <li className="relative flex flex-col rounded-xl border border-stone-200 bg-white p-5 shadow-sm transition-shadow focus-within:ring-2 focus-within:ring-brand-600 hover:shadow-md">
      <p className="text-xs font-semibold uppercase tracking-wide text-plum-700">
        {CONDITION_LABELS[article.condition]}
      </p>
      <h2 className="mt-2 text-lg font-semibold text-stone-900">
        <Link to={`/education/${article.slug}`} className="focus:outline-none">
          {/* The whole card is the link's target area; the title is its accessible name. */}
          <span className="absolute inset-0" aria-hidden="true" />
          {article.title}
        </Link>
      </h2>
      <p className="mt-2 flex-1 text-sm text-stone-700">{article.summary}</p>
      <p className="mt-4 text-xs text-stone-600">{readingMinutes(article)} min read</p>
    </li>
  );
}
