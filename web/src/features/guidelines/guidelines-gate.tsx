import type { GuidelinesStatus } from '@jumugwan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { acknowledgeGuidelines, guidelineKeys, guidelinesStatusQuery } from './guideline-queries';
import { GuidelinesContentView } from './guidelines-content-view';

/**
 * The acknowledgement gate of the signed-in app: until the user confirms the current version of the AI
 * use guidelines, a dialog no key or click dismisses covers every page. A new version asks again.
 */
export function GuidelinesGate() {
  const status = useQuery(guidelinesStatusQuery);
  if (!status.isSuccess) return null;
  return <GuidelinesAcknowledgementDialog status={status.data} />;
}

function GuidelinesAcknowledgementDialog({ status }: { status: GuidelinesStatus }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const { current } = status;
  const changed = status.acknowledgedVersion !== null && status.acknowledgedVersion < current.version;
  const acknowledge = useMutation({
    mutationFn: () => acknowledgeGuidelines(current.version),
    onSuccess: () => {
      queryClient.setQueryData<GuidelinesStatus>(guidelineKeys.status(), (previous) =>
        previous === undefined
          ? previous
          : {
              ...previous,
              mustAcknowledge: false,
              acknowledgedVersion: current.version,
              acknowledgedAt: new Date().toISOString(),
            },
      );
      void queryClient.invalidateQueries({ queryKey: guidelineKeys.all });
    },
    onError: async (error) => {
      // A newer version was published while the dialog was open: show that one instead.
      if (isApiError(error) && error.status === 409) {
        await queryClient.invalidateQueries({ queryKey: guidelineKeys.status() });
      }
    },
  });
  const published = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(
    new Date(current.publishedAt),
  );

  return (
    <Dialog
      open={status.mustAcknowledge}
      onClose={() => undefined}
      dismissible={false}
      title={changed ? t('guidelines.gate.changedTitle') : t('guidelines.gate.title')}
      widthClassName="max-w-2xl"
    >
      {changed ? (
        <Alert tone="info" className="mb-4">
          {t('guidelines.gate.changed', { version: current.version, date: published })}
        </Alert>
      ) : (
        <p className="mb-4 text-sm text-slate-600">{t('guidelines.gate.intro')}</p>
      )}
      <div
        tabIndex={0}
        data-autofocus
        aria-label={t('guidelines.gate.contentLabel', {
          title: current.content.title,
          version: current.version,
        })}
        className="max-h-[55vh] overflow-y-auto rounded-lg border border-slate-200 bg-slate-50/60 p-4 focus-visible:outline-2 focus-visible:outline-blue-500"
      >
        <h3 className="mb-1 text-base font-bold text-slate-900">{current.content.title}</h3>
        <p className="mb-4 text-xs text-slate-500">
          {t('guidelines.versionLine', { version: current.version, date: published })}
        </p>
        <GuidelinesContentView content={current.content} headingLevel={3} />
      </div>
      {acknowledge.isError && (
        <Alert tone="error" className="mt-4">
          {isApiError(acknowledge.error) && acknowledge.error.status === 409
            ? t('guidelines.gate.outdated')
            : acknowledge.error.message}
        </Alert>
      )}
      <div className="mt-5 flex flex-wrap items-center justify-between gap-3">
        <p className="text-xs text-slate-500">{t('guidelines.gate.recorded')}</p>
        <Button onClick={() => acknowledge.mutate()} disabled={acknowledge.isPending}>
          {acknowledge.isPending ? t('guidelines.gate.confirming') : t('guidelines.gate.confirm')}
        </Button>
      </div>
    </Dialog>
  );
}
