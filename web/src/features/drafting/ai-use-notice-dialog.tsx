import type { DraftingSettingsResponse } from '@jumugwan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { acknowledgeDraftingNotice, draftingSettingsQuery } from './drafting-queries';

export interface AiUseNoticeDialogProps {
  settings: DraftingSettingsResponse;
  open: boolean;
  onClose: () => void;
}

/**
 * 생성형 AI 활용 안내, shown before the first draft: drafts are written by generative AI, the author
 * must check them, and exported files say that AI was used (AI 기본법 transparency duty).
 */
export function AiUseNoticeDialog({ settings, open, onClose }: AiUseNoticeDialogProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const acknowledge = useMutation({
    mutationFn: acknowledgeDraftingNotice,
    onSuccess: ({ acknowledgedAt }) => {
      queryClient.setQueryData(draftingSettingsQuery.queryKey, (current) =>
        current === undefined ? current : { ...current, acknowledgedAt },
      );
      onClose();
    },
  });
  const { visibleDisclosure, disclosureText } = settings.settings;

  return (
    <Dialog open={open} onClose={onClose} title={t('drafting.notice.title')} widthClassName="max-w-xl">
      <div className="space-y-3 text-sm leading-6 text-slate-700">
        <p>{t('drafting.notice.generated')}</p>
        <p className="font-medium text-slate-900">{t('drafting.notice.check')}</p>
        <p>{t('drafting.notice.law')}</p>
        <p className="rounded-lg bg-slate-50 px-3 py-2 text-slate-600">
          {visibleDisclosure
            ? t('drafting.notice.visibleDisclosure', { text: disclosureText })
            : t('drafting.notice.metadataDisclosure')}
        </p>
        <p className="text-xs text-slate-500">{t('drafting.notice.personalData')}</p>
      </div>
      {acknowledge.isError && (
        <Alert tone="error" className="mt-4">
          {acknowledge.error.message}
        </Alert>
      )}
      <div className="mt-6 flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          {t('drafting.notice.later')}
        </Button>
        <Button onClick={() => acknowledge.mutate()} disabled={acknowledge.isPending} data-autofocus>
          {acknowledge.isPending ? t('drafting.notice.confirming') : t('drafting.notice.confirm')}
        </Button>
      </div>
    </Dialog>
  );
}
