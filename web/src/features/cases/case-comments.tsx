import type { UseCaseComment, UseCaseDetail } from '@jumugwan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { validationFieldErrors } from '../../api/validation-field-errors';
import { Button } from '../../components/button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { TrashIcon } from '../../components/icons';
import { TextAreaField } from '../../components/text-area-field';
import { formatDateTime } from '../drafting/format-date-time';
import { addCaseComment, caseKeys, deleteCaseComment } from './case-queries';

const maximumCommentLength = 2_000;

/** 댓글: everyone's comments, oldest first, a box to add one, and 삭제 on one's own. */
export function CaseComments({ useCase }: { useCase: UseCaseDetail }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<UseCaseComment | null>(null);

  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: caseKeys.detail(useCase.id) });
    await queryClient.invalidateQueries({ queryKey: caseKeys.lists() });
  };
  const add = useMutation({
    mutationFn: (text: string) => addCaseComment(useCase.id, text),
    onSuccess: async () => {
      setBody('');
      await refresh();
    },
    onError: (error) => {
      setProblem(
        (isApiError(error) ? validationFieldErrors(error.details, '').body : undefined) ?? error.message,
      );
    },
  });
  const remove = useMutation({
    mutationFn: (commentId: string) => deleteCaseComment(useCase.id, commentId),
    onSuccess: async () => {
      setDeleting(null);
      await refresh();
    },
  });

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = body.trim();
    if (text === '') {
      setProblem(t('cases.comments.required'));
      return;
    }
    setProblem(null);
    add.mutate(text);
  };

  return (
    <section aria-labelledby={headingId} className="mt-10">
      <h2 id={headingId} className="mb-4 text-lg font-semibold text-slate-900">
        {t('cases.comments.heading', { count: useCase.commentList.length })}
      </h2>
      {useCase.commentList.length === 0 ? (
        <p className="mb-4 text-sm text-slate-500">{t('cases.comments.empty')}</p>
      ) : (
        <ul className="mb-5 divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
          {useCase.commentList.map((comment) => (
            <li key={comment.id} className="flex items-start gap-3 px-4 py-3" data-testid="case-comment">
              <div className="min-w-0 flex-1">
                <p className="text-xs text-slate-500">
                  <span className="font-semibold text-slate-800">{comment.authorName}</span> ·{' '}
                  {formatDateTime(comment.createdAt, i18n.language)}
                </p>
                <p className="mt-1 text-sm whitespace-pre-wrap text-slate-800">{comment.body}</p>
              </div>
              {comment.mine && (
                <Button
                  variant="ghost"
                  size="small"
                  onClick={() => setDeleting(comment)}
                  aria-label={t('cases.comments.delete')}
                >
                  <TrashIcon className="text-base" />
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form
        onSubmit={handleSubmit}
        noValidate
        className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      >
        <TextAreaField
          label={t('cases.comments.label')}
          value={body}
          onChange={(event) => {
            setBody(event.target.value);
            setProblem(null);
          }}
          rows={3}
          maxLength={maximumCommentLength}
          placeholder={t('cases.comments.placeholder')}
          error={problem}
        />
        <div className="mt-3 flex justify-end">
          <Button type="submit" disabled={add.isPending}>
            {add.isPending ? t('cases.comments.adding') : t('cases.comments.add')}
          </Button>
        </div>
      </form>
      <ConfirmDialog
        open={deleting !== null}
        title={t('cases.comments.deleteTitle')}
        message={t('cases.comments.deleteMessage')}
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
