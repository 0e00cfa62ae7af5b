import type { KnowledgePassage } from '@jumugwan/contracts';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { Alert } from '../../components/alert';
import { buttonClassName } from '../../components/button';
import { classNames } from '../../components/class-names';
import { ChevronIcon, DownloadIcon } from '../../components/icons';
import { LoadingState } from '../../components/loading-state';
import { PageFrame } from '../../components/page-frame';
import { UnavailableState } from './collection-page';
import { formatBytes } from './document-status';
import { documentFileUrl, passageQuery } from './knowledge-queries';
import { parseChunkId } from './knowledge-search-params';
import { PassageSourceLine } from './passage-source-line';
import { QuotedMarkdown } from './quoted-markdown';

const passageRoute = getRouteApi('/_app/knowledge/passages/$chunkId');

/** /knowledge/passages/$chunkId: a cited passage in its document, with the passages around it. */
export function PassagePage() {
  const { t } = useTranslation();
  const { chunkId } = passageRoute.useParams();
  const { quote } = passageRoute.useSearch();
  const id = parseChunkId(chunkId);

  if (id === null) {
    return (
      <PageFrame>
        <UnavailableState
          title={t('knowledge.passage.notFoundTitle')}
          body={t('knowledge.passage.notFoundBody')}
        />
      </PageFrame>
    );
  }
  return <PassageView key={id} chunkId={id} quote={quote ?? null} />;
}

function PassageView({ chunkId, quote }: { chunkId: number; quote: string | null }) {
  const { t } = useTranslation();
  const passage = useQuery(passageQuery(chunkId));

  if (passage.isPending) {
    return (
      <PageFrame>
        <LoadingState />
      </PageFrame>
    );
  }
  if (passage.isError) {
    return (
      <PageFrame>
        {isApiError(passage.error) && passage.error.status === 404 ? (
          <UnavailableState
            title={t('knowledge.passage.notFoundTitle')}
            body={t('knowledge.passage.notFoundBody')}
          />
        ) : (
          <Alert tone="error">{passage.error.message}</Alert>
        )}
      </PageFrame>
    );
  }
  return <PassageContent passage={passage.data} quote={quote} />;
}

function PassageContent({ passage, quote }: { passage: KnowledgePassage; quote: string | null }) {
  const { t, i18n } = useTranslation();
  const { document } = passage;
  const focusRef = useRef<HTMLElement>(null);
  const [quoteFound, setQuoteFound] = useState<boolean | null>(null);
  const focusIndex = passage.chunks.findIndex((chunk) => chunk.id === passage.focusChunkId);

  // Bring the cited passage into view once it is on screen; focus lets screen readers start there too.
  useEffect(() => {
    const section = focusRef.current;
    if (section === null) {
      return;
    }
    section.focus({ preventScroll: true });
    section.scrollIntoView({ block: 'center' });
  }, [passage.focusChunkId]);

  return (
    <PageFrame>
      <Link
        to="/knowledge/$collectionId"
        params={{ collectionId: document.collectionId }}
        className={`${buttonClassName('ghost', 'small')} mb-4 -ml-2.5`}
      >
        <ChevronIcon className="rotate-180 text-base" />
        {t('knowledge.passage.backToCollection', { name: passage.collectionName })}
      </Link>

      <header className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-2xl font-bold tracking-tight text-slate-900">{document.title}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {t('knowledge.passage.meta', {
              collection: passage.collectionName,
              fileName: document.fileName,
              size: formatBytes(document.byteSize, i18n.language),
            })}
          </p>
        </div>
        <a
          href={documentFileUrl(document.id)}
          download={document.fileName}
          className={buttonClassName('secondary')}
        >
          <DownloadIcon className="text-base" />
          {t('knowledge.passage.download')}
        </a>
      </header>

      {quote !== null && (
        <figure className="mb-6 rounded-xl border border-yellow-200 bg-yellow-50 px-4 py-3 text-sm">
          <figcaption className="text-xs font-semibold text-yellow-900">
            {t('knowledge.passage.quoteLabel')}
          </figcaption>
          <blockquote className="mt-1 text-slate-800">{quote}</blockquote>
          {quoteFound === false && (
            <p className="mt-1 text-xs text-yellow-900">{t('knowledge.passage.quoteNotFound')}</p>
          )}
        </figure>
      )}

      <div className="space-y-4">
        {passage.chunks.map((chunk, index) => {
          const focused = chunk.id === passage.focusChunkId;
          const headingId = `knowledge-chunk-${String(chunk.id)}`;
          return (
            <section
              key={chunk.id}
              ref={focused ? focusRef : undefined}
              tabIndex={focused ? -1 : undefined}
              aria-labelledby={headingId}
              data-focused={focused ? 'true' : undefined}
              className={classNames(
                'rounded-xl border p-5 focus:outline-none',
                focused
                  ? 'border-blue-300 bg-blue-50 shadow-sm ring-2 ring-blue-200'
                  : 'border-slate-200 bg-white text-slate-700',
              )}
            >
              <h2
                id={headingId}
                className={classNames('text-sm font-semibold', focused ? 'text-blue-900' : 'text-slate-500')}
              >
                {focused
                  ? t('knowledge.passage.quotedHeading')
                  : index < focusIndex
                    ? t('knowledge.passage.before')
                    : t('knowledge.passage.after')}
              </h2>
              <PassageSourceLine
                className="mt-0.5"
                sectionPath={chunk.sectionPath}
                pageStart={chunk.pageStart}
                pageEnd={chunk.pageEnd}
              />
              <QuotedMarkdown
                className="markdown mt-3"
                text={chunk.text}
                quote={focused ? quote : null}
                {...(focused ? { onQuoteFound: setQuoteFound } : {})}
              />
            </section>
          );
        })}
      </div>
    </PageFrame>
  );
}
