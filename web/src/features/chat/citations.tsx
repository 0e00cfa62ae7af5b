import type { MessageCitation } from '@jumugwan/contracts';
import { useNavigate } from '@tanstack/react-router';
import { createContext, useContext, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { passageHref } from './citation-markers';

/** The citations of the answer being rendered, by number, for its `[n]` markers. */
export const CitationContext = createContext<ReadonlyMap<number, MessageCitation>>(new Map());

/**
 * A link to a cited passage. An anchor with a real address (open in a new tab, copy the link), which a
 * plain click follows inside the app, so the chat and any answer still streaming stay as they are.
 */
function PassageLink({
  citation,
  className,
  label,
  children,
}: {
  citation: MessageCitation;
  className: string;
  label?: string;
  children: ReactNode;
}) {
  const navigate = useNavigate();
  const href = passageHref(citation);
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    void navigate({ href });
  };
  return (
    <a href={href} onClick={follow} aria-label={label} className={className}>
      {children}
    </a>
  );
}

/** A `[n]` marker: a small superscript link to the passage, or the plain text when nothing matches it. */
export function CitationMarker({ number }: { number: number }) {
  const { t } = useTranslation();
  const citation = useContext(CitationContext).get(number);
  if (citation === undefined) {
    return <>{`[${String(number)}]`}</>;
  }
  return (
    <sup data-testid="citation-marker" className="mx-px">
      <PassageLink
        citation={citation}
        label={t('chat.knowledge.marker', { number, title: citation.documentTitle })}
        className="inline-block rounded bg-blue-50 px-1 text-[11px] leading-4 font-semibold text-blue-700 no-underline ring-1 ring-blue-200 hover:bg-blue-100 hover:text-blue-800"
      >
        {number}
      </PassageLink>
    </sup>
  );
}

/** The 출처 list under an answer: number, document, section path and page, each linking to the passage. */
export function CitationList({ citations }: { citations: readonly MessageCitation[] }) {
  const { t } = useTranslation();
  if (citations.length === 0) {
    return null;
  }
  return (
    <section
      data-testid="citation-list"
      aria-label={t('chat.knowledge.sources')}
      className="mt-3 rounded-xl border border-slate-200 bg-slate-50/60 px-3 py-2"
    >
      <h3 className="text-xs font-semibold text-slate-600">{t('chat.knowledge.sources')}</h3>
      <ol className="mt-1 space-y-1">
        {citations.map((citation) => (
          <li key={citation.number} className="text-sm leading-6">
            <PassageLink
              citation={citation}
              className="group flex min-w-0 items-baseline gap-2 rounded-md text-slate-700 hover:text-blue-800"
            >
              <span className="inline-flex min-w-5 shrink-0 justify-center rounded bg-white px-1 text-[11px] leading-5 font-semibold text-blue-700 ring-1 ring-blue-200">
                {citation.number}
              </span>
              <span className="min-w-0">
                <span className="font-medium text-slate-900 underline-offset-2 group-hover:underline">
                  {citation.documentTitle}
                </span>
                {citation.sectionPath.length > 0 && (
                  <span className="text-slate-500"> · {citation.sectionPath.join(' › ')}</span>
                )}
                {citation.pageStart !== null && (
                  <span className="text-slate-500">
                    {' '}
                    · {t('chat.knowledge.page', { page: citation.pageStart })}
                  </span>
                )}
              </span>
            </PassageLink>
          </li>
        ))}
      </ol>
    </section>
  );
}
