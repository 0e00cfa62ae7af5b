import type { StatuteCitationCheck } from '@jumugwan/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge';

/** 법령 인용 확인: each citation in the body, checked against the statute texts given in the form. */
export function CitationChecks({ citations }: { citations: readonly StatuteCitationCheck[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  if (citations.length === 0) return null;
  const unverified = citations.filter((citation) => !citation.verified).length;
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id={headingId} className="text-sm font-semibold text-slate-900">
        {t('drafting.citations.heading')}
      </h2>
      <p className="mt-1 text-xs text-slate-500">
        {unverified === 0
          ? t('drafting.citations.allVerified')
          : t('drafting.citations.someUnverified', { count: unverified })}
      </p>
      <ul className="mt-3 space-y-2">
        {citations.map((citation, index) => (
          // The same citation may appear twice in a body; position in the list tells them apart.
          <li key={`${citation.citation}-${String(index)}`} className="text-sm" data-testid="citation-check">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-medium text-slate-800">{citation.citation}</span>
              {citation.verified ? (
                <Badge tone="emerald">✓ {t('drafting.citations.verified')}</Badge>
              ) : (
                <Badge tone="amber">{t('drafting.citations.unverified')}</Badge>
              )}
            </div>
            {citation.reason !== null && <p className="mt-0.5 text-xs text-slate-500">{citation.reason}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
