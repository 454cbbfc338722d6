import { SearchX } from 'lucide-react';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Button } from '@/components/button';
import { EmptyState } from '@/components/empty-state';
import { TextField } from '@/components/field';
import { PageHeader } from '@/components/page-header';
import { useDocumentTitle } from '@/lib/use-document-title';
import { articles, CONDITION_LABELS, type ConditionTag } from './articles';
import { ArticleCard } from './components/article-card';
import { ConditionFilter } from './components/condition-filter';
import { MedicalDisclaimer } from './components/medical-disclaimer';
import { searchArticles } from './search-articles';

function readCondition(value: string | null): ConditionTag | null {
  return value && value in CONDITION_LABELS ? (value as ConditionTag) : null;
}

export default function EducationPage() {
  useDocumentTitle('Education library');
  // The search and filter live in the URL, so a filtered list can be shared and survives Back.
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.get('q') ?? '';
  const condition = readCondition(searchParams.get('condition'));
  const results = useMemo(() => searchArticles(articles, query, condition), [query, condition]);

  function update(next: { q?: string; condition?: ConditionTag | null }) {
    const params = new URLSearchParams(searchParams);
    if (next.q !== undefined) {
      if (next.q) params.set('q', next.q);
      else params.delete('q');
    }
    if (next.condition !== undefined) {
      if (next.condition) params.set('condition', next.condition);
      else params.delete('condition');
    }
    setSearchParams(params, { replace: true });
  }

  return (
    <>
      <PageHeader
        title="Education library"
        description="Clear, carefully written articles about hormonal conditions, written for HormoHelp."
      />
      <MedicalDisclaimer />
      <div className="mt-6 space-y-4">
        <form onSubmit={(event) => event.preventDefault()} className="max-w-xl">
          <TextField
            label="Search articles"
            type="search"
            placeholder="e.g. iron, hot flushes, insulin"
            value={query}
            onChange={(event) => update({ q: event.target.value })}
          />
        </form>
        <ConditionFilter selected={condition} onSelect={(next) => update({ condition: next })} />
      </div>
      <p className="mt-6 text-sm text-stone-600" aria-live="polite">
        {results.length === 1 ? '1 article' : `${results.length} articles`}
        {condition ? ` about ${CONDITION_LABELS[condition]}` : ''}
        {query ? ` matching “${query}”` : ''}
      </p>
      {results.length > 0 ? (
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {results.map((article) => (
            <ArticleCard key={article.slug} article={article} />
          ))}
        </ul>
      ) : (
        <div className="mt-4">
          <EmptyState
            icon={SearchX}
            title="No articles match"
            description="Try a shorter or different word, or look in all topics."
            action={
              <Button variant="secondary" onClick={() => setSearchParams({}, { replace: true })}>
                Clear search and filter
              </Button>
            }
          />
        </div>
      )}
    </>
  );
}
