import { useTranslation } from 'react-i18next';
import { classNames } from '../../components/class-names';
import { pageRange, sectionPathText } from './passage-source';

export interface PassageSourceLineProps {
  collectionName?: string;
  sectionPath: readonly string[];
  pageStart: number | null;
  pageEnd: number | null;
  className?: string;
}

/** Where a passage comes from: 모음 · 장 › 절 · 12–14쪽 (parts that are unknown are left out). */
export function PassageSourceLine({
  collectionName,
  sectionPath,
  pageStart,
  pageEnd,
  className,
}: PassageSourceLineProps) {
  const { t } = useTranslation();
  const range = pageRange(pageStart, pageEnd);
  const section = sectionPathText(sectionPath);
  const pages =
    range.kind === 'single'
      ? t('knowledge.source.page', { page: range.page })
      : range.kind === 'range'
        ? t('knowledge.source.pages', { from: range.from, to: range.to })
        : null;
  const parts = [
    collectionName === undefined
      ? null
      : { key: 'collection', label: t('knowledge.source.collection'), text: collectionName },
    section === '' ? null : { key: 'section', label: t('knowledge.source.section'), text: section },
    pages === null ? null : { key: 'pages', label: t('knowledge.source.pagesLabel'), text: pages },
  ].filter((part) => part !== null);
  if (parts.length === 0) {
    return null;
  }
  return (
    <dl className={classNames('flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-slate-600', className)}>
      {parts.map((part) => (
        <div key={part.key} className="flex min-w-0 gap-1">
          <dt className="sr-only">{part.label}</dt>
          <dd className="min-w-0">{part.text}</dd>
        </div>
      ))}
    </dl>
  );
}
