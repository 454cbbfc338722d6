import { Link } from 'react-router-dom';
import { formatDate } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import type { LegalDocumentContent } from '../legal-types';

/** A legal text with a table of contents; every section has an anchor (e.g. /privacy#cookies). */
export function LegalDocument({ content }: { content: LegalDocumentContent }) {
  useDocumentTitle(content.title);
  return (
    <article className="mx-auto max-w-3xl px-4 py-10 sm:px-6 sm:py-14">
      <h1 className="text-3xl font-semibold tracking-tight text-stone-900">{content.title}</h1>
      <p className="mt-2 text-sm text-stone-600">Last updated {formatDate(content.lastUpdated)}</p>
      <p className="mt-6 text-stone-700">{content.intro}</p>
      <nav aria-label="Contents" className="mt-8 rounded-xl border border-stone-200 bg-white p-5">
        <h2 className="text-sm font-semibold uppercase tracking-wide text-stone-600">Contents</h2>
        <ol className="mt-3 list-decimal space-y-1 pl-5 text-sm">
          {content.sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                {section.heading}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {content.sections.map((section, index) => (
        <section key={section.id} id={section.id} aria-labelledby={`${section.id}-heading`} className="mt-10">
          <h2 id={`${section.id}-heading`} className="text-xl font-semibold text-stone-900">
            {index + 1}. {section.heading}
          </h2>
          {section.paragraphs?.map((paragraph) => (
            <p key={paragraph} className="mt-3 leading-relaxed text-stone-700">
              {paragraph}
            </p>
          ))}
          {section.items && (
            <ul className="mt-3 list-disc space-y-2 pl-5 leading-relaxed text-stone-700">
              {section.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
          {section.after?.map((paragraph) => (
            <p key={paragraph} className="mt-3 leading-relaxed text-stone-700">
              {paragraph}
            </p>
          ))}
          {section.link && (
            <p className="mt-3">
              <Link
                to={section.link.to}
                className="font-medium text-brand-700 underline hover:text-brand-800"
              >
                {section.link.label}
              </Link>
            </p>
          )}
        </section>
      ))}
    </article>
  );
}
