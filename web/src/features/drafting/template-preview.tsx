import type { DraftTemplate } from '@jumugwan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { Alert } from '../../components/alert';
import { Badge } from '../../components/badge';
import { LoadingState } from '../../components/loading-state';
import { draftingKeys, previewTemplate } from './drafting-queries';
import { serverTemplateIssues } from './server-template-issues';
import { TemplateIssueList } from './template-issue-list';
import { useDebouncedValue } from './use-debounced-value';

const previewDelayMilliseconds = 600;

/**
 * 미리보기: the skeleton the template gives with its examples, rendered by the server as exported,
 * in a sandboxed frame (no scripts, no access to this page), with the public-document check findings.
 */
export function TemplatePreview({ template }: { template: DraftTemplate | null }) {
  const { t } = useTranslation();
  const headingId = useId();
  const serialized = useDebouncedValue(
    template === null ? null : JSON.stringify(template),
    previewDelayMilliseconds,
  );
  const preview = useQuery({
    queryKey: [...draftingKeys.all, 'preview', serialized],
    queryFn: ({ signal }) => previewTemplate(JSON.parse(serialized ?? 'null'), signal),
    enabled: serialized !== null,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
    placeholderData: (previous) => previous,
  });

  return (
    <section aria-labelledby={headingId} aria-busy={preview.isFetching} className="space-y-3">
      <div className="flex items-center gap-2">
        <h2 id={headingId} className="text-sm font-semibold text-slate-900">
          {t('drafting.templateEditor.preview')}
        </h2>
        {preview.isFetching && (
          <span className="text-xs text-slate-500">{t('drafting.templateEditor.previewUpdating')}</span>
        )}
      </div>
      {serialized === null && (
        <p className="text-sm text-slate-500">{t('drafting.templateEditor.previewWaiting')}</p>
      )}
      {preview.isPending && serialized !== null && <LoadingState />}
      {preview.isError &&
        (isApiError(preview.error) && serverTemplateIssues(preview.error.details).length > 0 ? (
          <TemplateIssueList issues={serverTemplateIssues(preview.error.details)} />
        ) : (
          <Alert tone="error">{preview.error.message}</Alert>
        ))}
      {preview.data !== undefined && (
        <>
          <iframe
            title={t('drafting.templateEditor.previewFrame')}
            sandbox=""
            srcDoc={preview.data.html}
            className="h-[32rem] w-full rounded-lg border border-slate-200 bg-white"
            data-testid="template-preview"
          />
          <div>
            <h3 className="text-xs font-semibold text-slate-700">
              {t('drafting.lint.heading')}{' '}
              <span className="font-normal text-slate-500 tabular-nums">{preview.data.findings.length}</span>
            </h3>
            {preview.data.findings.length === 0 ? (
              <p className="mt-1 text-sm text-emerald-700">{t('drafting.lint.clean')}</p>
            ) : (
              <ul className="mt-1 space-y-1 text-sm">
                {preview.data.findings.map((finding) => (
                  <li key={`${finding.rule}-${String(finding.start)}`} className="flex items-start gap-2">
                    <span className="shrink-0 text-xs text-slate-500 tabular-nums">
                      {t('drafting.lint.line', { line: finding.line })}
                    </span>
                    <Badge tone={finding.severity === 'error' ? 'red' : 'amber'}>
                      {t(finding.severity === 'error' ? 'drafting.lint.error' : 'drafting.lint.warning')}
                    </Badge>
                    <span className="text-slate-800">{finding.message}</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </>
      )}
    </section>
  );
}
