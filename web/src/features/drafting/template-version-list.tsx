import type { DraftTemplateDetail } from '@jumugwan/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { formatDateTime } from './format-date-time';

export interface TemplateVersionListProps {
  versions: DraftTemplateDetail['versions'];
  latest: number;
  /** The version now in the editor. */
  shown: number;
  onLoad: (version: number) => void;
  loading: number | null;
}

/** 버전: every saved version of an institution template; an older one can be loaded to start from. */
export function TemplateVersionList({ versions, latest, shown, onLoad, loading }: TemplateVersionListProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id={headingId} className="text-sm font-semibold text-slate-900">
        {t('drafting.versions.heading')}
      </h2>
      <ol className="mt-2 divide-y divide-slate-100">
        {[...versions].reverse().map((version) => (
          <li key={version.version} className="flex flex-wrap items-center gap-2 py-2 text-sm">
            <span className="font-medium text-slate-900 tabular-nums">
              {t('drafting.versions.number', { number: version.version })}
            </span>
            {version.version === latest && <Badge tone="emerald">{t('drafting.versions.latest')}</Badge>}
            <span className="text-xs text-slate-500">{formatDateTime(version.createdAt, i18n.language)}</span>
            <Button
              variant="ghost"
              size="small"
              className="ml-auto"
              onClick={() => onLoad(version.version)}
              disabled={version.version === shown || loading !== null}
              aria-label={t('drafting.templateEditor.loadVersionLabel', { number: version.version })}
            >
              {loading === version.version ? t('app.loading') : t('drafting.templateEditor.loadVersion')}
            </Button>
          </li>
        ))}
      </ol>
    </section>
  );
}
