import type { ReviewUseCaseRequest, UseCaseDetail } from '@jumugwan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { TextAreaField } from '../../components/text-area-field';
import { caseKeys, reviewCase } from './case-queries';

const maximumNoteLength = 1_000;

/** For the author's department admins (and platform admins) while the case waits: 게시 or 보완 요청 with a note. */
export function CaseReviewPanel({ useCase }: { useCase: UseCaseDetail }) {
  const { t } = useTranslation();
  const headingId = useId();
  const queryClient = useQueryClient();
  const [returning, setReturning] = useState(false);
  const [note, setNote] = useState('');
  const [noteProblem, setNoteProblem] = useState<string | null>(null);
  const review = useMutation({
    mutationFn: (request: ReviewUseCaseRequest) => reviewCase(useCase.id, request),
    onSuccess: async () => {
      setReturning(false);
      await queryClient.invalidateQueries({ queryKey: caseKeys.all });
    },
  });

  const handleReturn = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (note.trim() === '') {
      setNoteProblem(t('cases.review.noteRequired'));
      return;
    }
    review.mutate({ decision: 'return', note: note.trim() });
  };

  return (
    <section
      aria-labelledby={headingId}
      className="mb-6 rounded-xl border border-amber-200 bg-amber-50/60 p-4"
      data-testid="case-review-panel"
    >
      <h2 id={headingId} className="text-sm font-semibold text-amber-900">
        {t('cases.review.heading')}
      </h2>
      <p className="mt-1 text-sm text-amber-900">{t('cases.review.description')}</p>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button onClick={() => review.mutate({ decision: 'publish', note: '' })} disabled={review.isPending}>
          {review.isPending && review.variables.decision === 'publish'
            ? t('cases.review.publishing')
            : t('cases.review.publish')}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            review.reset();
            setReturning(true);
          }}
          disabled={review.isPending}
        >
          {t('cases.review.return')}
        </Button>
      </div>
      {review.isError && !returning && (
        <Alert tone="error" className="mt-3">
          {review.error.message}
        </Alert>
      )}
      <Dialog open={returning} onClose={() => setReturning(false)} title={t('cases.review.returnTitle')}>
        <form onSubmit={handleReturn} noValidate>
          <TextAreaField
            label={t('cases.review.note')}
            hint={t('cases.review.noteHint')}
            value={note}
            onChange={(event) => {
              setNote(event.target.value);
              setNoteProblem(null);
            }}
            rows={4}
            maxLength={maximumNoteLength}
            error={noteProblem}
            data-autofocus
          />
          {review.isError && (
            <Alert tone="error" className="mt-4">
              {review.error.message}
            </Alert>
          )}
          <div className="mt-6 flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setReturning(false)}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={review.isPending}>
              {review.isPending ? t('cases.review.returning') : t('cases.review.sendReturn')}
            </Button>
          </div>
        </form>
      </Dialog>
    </section>
  );
}
