import { ArrowLeft, Stethoscope } from 'lucide-react';
import { Link, useParams } from 'react-router-dom';
import { EmptyState } from '@/components/empty-state';
import { useDocumentTitle } from '@/lib/use-document-title';
import { articles, CONDITION_LABELS, findArticle } from './articles';
import { MedicalDisclaimer } from './components/medical-disclaimer';
import { readingMinutes } from './reading-time';

const backLink =
  'inline-flex items-center gap-1 rounded text-sm font-medium text-brand-700 hover:text-brand-800 hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-600';

export default function ArticlePage() {
  const { slug } = useParams();
  const article = findArticle(slug);
  useDocumentTitle(article?.title ?? 'Article not found');

  if (!article) {
    return (
      <EmptyState
        title="We could not find that article"
        description="It may have been renamed. The library has everything we have published."
        action={
          <Link to="/education" className={backLink}>
            <ArrowLeft className="h-4 w-4" aria-hidden="true" /> Back to the library
          </Link>
        }
      />
    );
  }

  const related = articles.filter(
    (other) => other.condition === article.condition && other.slug !== article.slug,
  );

  return (
    <article className="mx-auto max-w-prose">
      <Link to={`/education?condition=${article.condition}`} className={backLink}>
        <ArrowLeft className="h-4 w-4" aria-hidden="true" /> {CONDITION_LABELS[article.condition]} articles
      </Link>
      <h1 className="mt-4 text-3xl font-semibold tracking-tight text-stone-900">{article.title}</h1>
      <p className="mt-3 text-lg text-stone-700">{article.summary}</p>
      <p className="mt-2 text-sm text-stone-600">{readingMinutes(article)} min read</p>
      <div className="mt-6">
        <MedicalDisclaimer />
      </div>
      {article.sections.map((section, index) => (
        <section key={section.heading ?? index} className="mt-8">
          {section.heading && <h2 className="text-xl font-semibold text-stone-900">{section.heading}</h2>}
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph} className="mt-3 leading-relaxed text-stone-800">
              {paragraph}
            </p>
          ))}
        </section>
      ))}
      <section
        className="mt-10 rounded-xl border border-amber-200 bg-amber-50 p-5"
        aria-labelledby="see-a-doctor"
      >
        <h2 id="see-a-doctor" className="flex items-center gap-2 font-semibold text-amber-900">
          <Stethoscope className="h-5 w-5" aria-hidden="true" /> When to see a doctor
        </h2>
        <ul className="mt-3 list-disc space-y-1.5 pl-5 text-sm text-amber-900">
          {article.seeADoctor.map((sign) => (
            <li key={sign}>{sign}</li>
          ))}
        </ul>
        <p className="mt-3 text-sm text-amber-900">
          You can also{' '}
          <Link to="/consultations" className="font-medium underline">
            book a consultation
          </Link>{' '}
          with one of our experts.
        </p>
      </section>
      {related.length > 0 && (
        <nav aria-label="Related articles" className="mt-10 border-t border-stone-200 pt-6">
          <h2 className="font-semibold text-stone-900">More about {CONDITION_LABELS[article.condition]}</h2>
          <ul className="mt-3 space-y-2">
            {related.map((other) => (
              <li key={other.slug}>
                <Link
                  to={`/education/${other.slug}`}
                  className="text-brand-700 underline hover:text-brand-800"
                >
                  {other.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </article>
  );
}
