import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import type { VersionSummary } from './draft-source';
import { formatDateTime } from './format-date-time';
import { versionSourceLabelKeys } from './version-source-label-keys';

export interface VersionsPanelProps {
  versions: readonly VersionSummary[];
  latestNumber: number;
  onCompare: (number: number) => void;
  onRestore: (number: number) => void;
  disabled: boolean;
}

/** 버전: every saved state, newest first, with what made it; any can be compared or brought back. */
export function VersionsPanel({
  versions,
  latestNumber,
  onCompare,
  onRestore,
  disabled,
}: VersionsPanelProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id={headingId} className="text-sm font-semibold text-slate-900">
        {t('drafting.versions.heading')}
        <span className="ml-1.5 font-normal text-slate-500 tabular-nums">{versions.length}</span>
      </h2>
      <ol className="mt-3 max-h-[22rem] space-y-2 overflow-y-auto pr-1" data-testid="draft-versions">
        {[...versions].reverse().map((version) => {
          const latest = version.number === latestNumber;
          return (
            <li
              key={version.number}
              className="rounded-lg border border-slate-100 p-2.5"
              data-testid="draft-version"
              data-source={version.source}
            >
              <div className="flex flex-wrap items-center gap-1.5">
                <span className="text-sm font-semibold text-slate-900 tabular-nums">
                  {t('drafting.versions.number', { number: version.number })}
                </span>
                <Badge
                  tone={version.source === 'generated' || version.source === 'revised' ? 'blue' : 'slate'}
                >
                  {t(versionSourceLabelKeys[version.source])}
                </Badge>
                {latest && <Badge tone="emerald">{t('drafting.versions.latest')}</Badge>}
              </div>
              <p className="mt-0.5 text-xs text-slate-500">
                {formatDateTime(version.createdAt, i18n.language)}
                {version.model !== null && <> · {version.model}</>}
              </p>
              {version.instruction !== null && (
                <p className="mt-0.5 text-xs text-slate-700">“{version.instruction}”</p>
              )}
              <div className="mt-1.5 flex flex-wrap gap-1.5">
                <Button
                  variant="secondary"
                  size="small"
                  onClick={() => onCompare(version.number)}
                  aria-label={t('drafting.versions.compareLabel', { number: version.number })}
                >
                  {t('drafting.versions.compare')}
                </Button>
                {!latest && (
                  <Button
                    variant="ghost"
                    size="small"
                    onClick={() => onRestore(version.number)}
                    disabled={disabled}
                    aria-label={t('drafting.versions.restoreLabel', { number: version.number })}
                  >
                    {t('drafting.versions.restore')}
                  </Button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
