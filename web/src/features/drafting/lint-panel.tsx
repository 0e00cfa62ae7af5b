import type { LintFinding } from '@jumugwan/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { fixableCount, type LintedText } from './lint-fixes';

export interface LintPanelProps {
  linted: LintedText | null;
  /** The findings belong to the text on screen; fixes and jumps are offered only then. */
  current: boolean;
  error: string | null;
  /** The last fix applied, announced to screen readers. */
  announcement: string;
  onFix: (finding: LintFinding) => void;
  onFixAll: () => void;
  onShow: (finding: LintFinding) => void;
  disabled: boolean;
}

/** 표기 검사: findings by line with the message and a one-click 고치기, plus 모두 고치기. */
export function LintPanel({
  linted,
  current,
  error,
  announcement,
  onFix,
  onFixAll,
  onShow,
  disabled,
}: LintPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const findings = linted?.findings ?? [];
  const fixable = fixableCount(findings);
  const actionable = current && !disabled;

  return (
    <section
      aria-labelledby={headingId}
      aria-busy={!current}
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      data-testid="lint-panel"
    >
      <div className="flex items-center justify-between gap-2">
        <h2 id={headingId} className="text-sm font-semibold text-slate-900">
          {t('drafting.lint.heading')}
          {linted !== null && (
            <span className="ml-1.5 font-normal text-slate-500 tabular-nums">{findings.length}</span>
          )}
        </h2>
        {fixable > 1 && (
          <Button variant="secondary" size="small" onClick={onFixAll} disabled={!actionable}>
            {t('drafting.lint.fixAll', { count: fixable })}
          </Button>
        )}
      </div>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {!current && <p className="mt-1 text-xs text-slate-500">{t('drafting.lint.checking')}</p>}
      {error !== null && (
        <Alert tone="error" className="mt-3">
          {error}
        </Alert>
      )}
      {linted !== null && findings.length === 0 && current && (
        <p className="mt-2 text-sm text-emerald-700">{t('drafting.lint.clean')}</p>
      )}
      {findings.length > 0 && (
        <ul className="mt-3 max-h-[24rem] space-y-2 overflow-y-auto pr-1">
          {findings.map((finding, index) => (
            <li
              key={`${finding.rule}-${String(finding.start)}-${String(finding.end)}-${String(index)}`}
              className="rounded-lg border border-slate-100 bg-slate-50 p-2.5"
              data-testid="lint-finding"
              data-rule={finding.rule}
            >
              <div className="flex items-start gap-2">
                <Button
                  variant="ghost"
                  size="small"
                  className="-my-1 -ml-1 px-1.5 tabular-nums"
                  onClick={() => onShow(finding)}
                  disabled={!actionable}
                  aria-label={t('drafting.lint.showLine', { line: finding.line })}
                >
                  {t('drafting.lint.line', { line: finding.line })}
                </Button>
                <Badge tone={finding.severity === 'error' ? 'red' : 'amber'}>
                  {t(finding.severity === 'error' ? 'drafting.lint.error' : 'drafting.lint.warning')}
                </Badge>
              </div>
              <p className="mt-1 text-sm text-slate-800">{finding.message}</p>
              {finding.fix !== null && (
                <div className="mt-1.5 flex flex-wrap items-center gap-2">
                  <span className="min-w-0 text-xs text-slate-500">
                    {t('drafting.lint.replacement', {
                      replacement:
                        finding.fix.replacement === '' ? t('drafting.lint.remove') : finding.fix.replacement,
                    })}
                  </span>
                  <Button
                    variant="secondary"
                    size="small"
                    className="ml-auto"
                    onClick={() => onFix(finding)}
                    disabled={!actionable}
                    aria-label={t('drafting.lint.fixLabel', { line: finding.line, message: finding.message })}
                  >
                    {t('drafting.lint.fix')}
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
