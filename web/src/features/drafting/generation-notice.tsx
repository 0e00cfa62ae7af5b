import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import type { GenerationState } from './generation-state';

/** Why the last generation ended without a result (the server's message, or 중지), until dismissed. */
export function GenerationNotice({ state, onDismiss }: { state: GenerationState; onDismiss: () => void }) {
  const { t } = useTranslation();
  if (state.phase !== 'failed' && state.phase !== 'stopped') return null;
  return (
    <Alert
      tone={state.phase === 'failed' ? 'error' : 'info'}
      action={
        <Button variant="ghost" size="small" onClick={onDismiss}>
          {t('common.close')}
        </Button>
      }
    >
      {state.phase === 'failed'
        ? (state.message ?? t('drafting.generation.interrupted'))
        : t('drafting.generation.stoppedNotice')}
    </Alert>
  );
}
