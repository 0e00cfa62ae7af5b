import type { UseCaseDetail } from '@jumugwan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { Alert } from '../../components/alert';
import { Badge } from '../../components/badge';
import { Button, buttonClassName } from '../../components/button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { CopyButton } from '../../components/copy-button';
import { ChevronIcon, PencilIcon } from '../../components/icons';
import { LoadingState } from '../../components/loading-state';
import { PageFrame } from '../../components/page-frame';
import { formatDateTime } from '../drafting/format-date-time';
import { CaseAttachmentList } from './case-attachment-list';
import { CaseComments } from './case-comments';
import { CaseLikeButton } from './case-like-button';
import { caseDetailQuery, caseKeys, deleteCase, submitCase } from './case-queries';
import { CaseReviewPanel } from './case-review-panel';
import { CaseStatusBadge } from './case-status-badge';
import { CaseTimeSaved } from './case-time-saved';

const caseRoute = getRouteApi('/_app/cases/$caseId');

/** /cases/$caseId: everything about a case, its likes and comments, and the review for those who review it. */
export function CasePage() {
  const { t } = useTranslation();
  const { caseId } = caseRoute.useParams();
  const detail = useQuery(caseDetailQuery(caseId));

  return (
    <PageFrame>
      <BackToCases />
      {detail.isPending && <LoadingState />}
      {detail.isError &&
        (isApiError(detail.error) && detail.error.status === 404 ? (
          <div className="rounded-xl border border-slate-200 bg-white p-8 text-center shadow-sm">
            <h1 className="text-lg font-semibold text-slate-900">{t('cases.detail.notFoundTitle')}</h1>
            <p className="mt-2 text-sm text-slate-600">{t('cases.detail.notFoundBody')}</p>
          </div>
        ) : (
          <Alert tone="error">{detail.error.message}</Alert>
        ))}
      {detail.isSuccess && <CaseContent useCase={detail.data} />}
    </PageFrame>
  );
}

export function BackToCases() {
  const { t } = useTranslation();
  return (
    <Link
      to="/cases"
      className="mb-4 inline-flex items-center gap-1 text-sm font-medium text-slate-600 hover:text-slate-900"
    >
      <ChevronIcon className="rotate-180" />
      {t('cases.back')}
    </Link>
  );
}

function CaseContent({ useCase }: { useCase: UseCaseDetail }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [deleting, setDeleting] = useState(false);
  const { input } = useCase;
  const published = useCase.status === 'published';
  const refresh = () => queryClient.invalidateQueries({ queryKey: caseKeys.all });

  const submit = useMutation({ mutationFn: () => submitCase(useCase.id), onSuccess: refresh });
  const remove = useMutation({
    mutationFn: () => deleteCase(useCase.id),
    onSuccess: async () => {
      setDeleting(false);
      queryClient.removeQueries({ queryKey: caseKeys.detail(useCase.id) });
      await queryClient.invalidateQueries({ queryKey: caseKeys.lists() });
      await navigate({ to: '/cases', search: { view: 'mine' } });
    },
  });

  const when = useCase.publishedAt ?? useCase.updatedAt;
  return (
    <article aria-labelledby="case-title">
      <header className="mb-6">
        <div className="mb-2 flex flex-wrap items-center gap-1.5">
          <Badge tone="blue">{t(`usage.purposes.${useCase.category}`)}</Badge>
          <CaseStatusBadge status={useCase.status} />
        </div>
        <h1 id="case-title" className="text-2xl font-bold tracking-tight text-slate-900">
          {useCase.title}
        </h1>
        <p className="mt-1 text-sm text-slate-600">
          {[
            useCase.authorName,
            useCase.departmentName ?? t('app.noDepartment'),
            t(published ? 'cases.detail.publishedAt' : 'cases.detail.updatedAt', {
              time: formatDateTime(when, i18n.language),
            }),
          ].join(' · ')}
        </p>
      </header>

      {useCase.status === 'returned' && useCase.reviewNote !== null && (
        <Alert tone="warning" className="mb-6">
          <p className="font-medium">{t('cases.detail.returned')}</p>
          <p className="mt-1 whitespace-pre-wrap" data-testid="case-review-note">
            {useCase.reviewNote}
          </p>
        </Alert>
      )}
      {useCase.status === 'submitted' && (
        <Alert tone="info" className="mb-6">
          {t('cases.detail.waiting')}
        </Alert>
      )}
      {useCase.status === 'draft' && (
        <Alert tone="info" className="mb-6">
          {t('cases.detail.draft')}
        </Alert>
      )}

      {useCase.canReview && <CaseReviewPanel useCase={useCase} />}

      {useCase.canEdit && (
        <div className="mb-6 flex flex-wrap gap-2">
          <Link
            to="/cases/$caseId/edit"
            params={{ caseId: useCase.id }}
            className={buttonClassName('secondary')}
          >
            <PencilIcon className="text-base" />
            {t('common.edit')}
          </Link>
          {(useCase.status === 'draft' || useCase.status === 'returned') && (
            <Button onClick={() => submit.mutate()} disabled={submit.isPending}>
              {submit.isPending ? t('cases.form.submitting') : t('cases.form.submit')}
            </Button>
          )}
          <Button variant="ghost" onClick={() => setDeleting(true)}>
            {t('common.delete')}
          </Button>
        </div>
      )}
      {submit.isError && (
        <Alert tone="error" className="mb-6">
          {submit.error.message}
        </Alert>
      )}

      <dl className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
        <Field label={t('cases.fields.task')}>
          <p className="whitespace-pre-wrap">{input.task}</p>
        </Field>
        <Field label={t('cases.fields.assistant')}>
          {useCase.assistant === null ? (
            <span className="text-slate-500">{t('cases.detail.noAssistant')}</span>
          ) : (
            <Link
              to="/assistants/$assistantId"
              params={{ assistantId: useCase.assistant.id }}
              className="inline-flex items-center gap-1.5 font-medium text-blue-700 underline-offset-2 hover:underline"
            >
              <span aria-hidden="true">{useCase.assistant.icon}</span>
              {useCase.assistant.name}
            </Link>
          )}
        </Field>
        <Field label={t('cases.fields.prompt')}>
          {input.prompt === '' ? (
            <span className="text-slate-500">{t('cases.detail.noPrompt')}</span>
          ) : (
            <div>
              <pre className="max-h-80 overflow-auto rounded-lg bg-slate-50 p-3 font-sans text-sm whitespace-pre-wrap text-slate-800 ring-1 ring-slate-200">
                {input.prompt}
              </pre>
              <CopyButton text={input.prompt} label={t('cases.detail.copyPrompt')} className="mt-2" />
            </div>
          )}
        </Field>
        <Field label={t('cases.fields.time')}>
          {input.minutesBefore === null && input.minutesAfter === null ? (
            <span className="text-slate-500">{t('cases.detail.noTime')}</span>
          ) : (
            <CaseTimeSaved minutesBefore={input.minutesBefore} minutesAfter={input.minutesAfter} />
          )}
        </Field>
        <Field label={t('cases.fields.result')}>
          <p className="whitespace-pre-wrap">{input.result}</p>
        </Field>
        <Field label={t('cases.fields.attachments')}>
          <CaseAttachmentList caseId={useCase.id} attachments={useCase.attachments} />
        </Field>
      </dl>

      {published && (
        <div className="mt-6">
          <CaseLikeButton useCase={useCase} />
        </div>
      )}
      {published && <CaseComments useCase={useCase} />}

      <ConfirmDialog
        open={deleting}
        title={t('cases.detail.deleteTitle')}
        message={t('cases.detail.deleteMessage', { title: useCase.title })}
        confirmLabel={t('common.delete')}
        pendingLabel={t('common.deleting')}
        pending={remove.isPending}
        error={remove.error?.message ?? null}
        onConfirm={() => remove.mutate()}
        onCancel={() => {
          setDeleting(false);
          remove.reset();
        }}
      />
    </article>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 px-4 py-3 sm:grid-cols-[10rem_minmax(0,1fr)] sm:gap-4">
      <dt className="text-sm font-semibold text-slate-600">{label}</dt>
      <dd className="min-w-0 text-sm leading-6 text-slate-800">{children}</dd>
    </div>
  );
}
