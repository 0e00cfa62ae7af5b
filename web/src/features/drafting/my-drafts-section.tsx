import type { DraftSummary } from '@jumugwan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { TrashIcon } from '../../components/icons';
import { LoadingState } from '../../components/loading-state';
import { deleteDraft, draftingKeys, draftListQuery } from './drafting-queries';
import { formatDateTime } from './format-date-time';

/** 내 초안: the user's drafts, most recently changed first, each with its template and time. */
export function MyDraftsSection() {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const queryClient = useQueryClient();
  const drafts = useQuery(draftListQuery);
  const [deleting, setDeleting] = useState<DraftSummary | null>(null);
  const remove = useMutation({
    mutationFn: (id: string) => deleteDraft(id),
    onSuccess: async () => {
      setDeleting(null);
      await queryClient.invalidateQueries({ queryKey: draftingKeys.drafts() });
    },
  });

  return (
    <section aria-labelledby={headingId} className="mt-10">
      <h2 id={headingId} className="mb-4 text-lg font-semibold text-slate-900">
        {t('drafting.myDrafts.heading')}
      </h2>
      {drafts.isPending && <LoadingState />}
      {drafts.isError && <Alert tone="error">{drafts.error.message}</Alert>}
      {drafts.isSuccess &&
        (drafts.data.length === 0 ? (
          <p className="rounded-xl border border-dashed border-slate-300 bg-white p-5 text-sm text-slate-500">
            {t('drafting.myDrafts.empty')}
          </p>
        ) : (
          <ul className="divide-y divide-slate-100 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
            {drafts.data.map((draft) => (
              <li key={draft.id} className="flex items-center gap-3 px-4 py-3" data-testid="my-draft">
                <div className="min-w-0 flex-1">
                  <Link
                    to="/drafting/$draftId"
                    params={{ draftId: draft.id }}
                    className="block truncate text-sm font-semibold text-blue-700 underline-offset-2 hover:underline"
                  >
                    {draft.title.trim() === '' ? t('drafting.untitled') : draft.title}
                  </Link>
                  <p className="mt-0.5 text-xs text-slate-500">
                    {draft.templateName} · {formatDateTime(draft.updatedAt, i18n.language)} ·{' '}
                    {t('drafting.myDrafts.versions', { count: draft.versionCount })}
                  </p>
                </div>
                <Button
                  variant="ghost"
                  size="small"
                  onClick={() => setDeleting(draft)}
                  aria-label={t('drafting.myDrafts.delete', { title: draft.title })}
                >
                  <TrashIcon className="text-base" />
                </Button>
              </li>
            ))}
          </ul>
        ))}
      <ConfirmDialog
        open={deleting !== null}
        title={t('drafting.myDrafts.deleteTitle')}
        message={t('drafting.myDrafts.deleteMessage', { title: deleting?.title ?? '' })}
        confirmLabel={t('common.delete')}
        pendingLabel={t('common.deleting')}
        pending={remove.isPending}
        error={remove.error?.message ?? null}
        onConfirm={() => {
          if (deleting !== null) remove.mutate(deleting.id);
        }}
        onCancel={() => {
          setDeleting(null);
          remove.reset();
        }}
      />
    </section>
  );
}
