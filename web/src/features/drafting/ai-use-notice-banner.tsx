import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';

/** In place of the dialog once it was closed unconfirmed: drafts need the confirmation first. */
export function AiUseNoticeBanner({ onShow }: { onShow: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      tone="warning"
      className="mb-6"
      action={
        <Button variant="secondary" size="small" onClick={onShow}>
          {t('drafting.notice.show')}
        </Button>
      }
    >
      {t('drafting.notice.pending')}
    </Alert>
  );
}
