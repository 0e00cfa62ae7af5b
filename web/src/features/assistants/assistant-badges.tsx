import type { AssistantSummary } from '@jumugwan/contracts';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge';

/** 내부망 전용, 기본 제공, and the caller's role (내 어시스턴트 / 편집 가능) of an assistant. */
export function AssistantBadges({
  assistant,
}: {
  assistant: Pick<AssistantSummary, 'onPremOnly' | 'builtIn' | 'myRole'>;
}) {
  const { t } = useTranslation();
  return (
    <>
      {assistant.onPremOnly && (
        <span title={t('assistants.onPremOnlyHint')} data-testid="on-prem-only-badge">
          <Badge tone="amber">{t('assistants.onPremOnly')}</Badge>
        </span>
      )}
      {assistant.builtIn && <Badge tone="blue">{t('assistants.builtIn')}</Badge>}
      {assistant.myRole === 'owner' && <Badge tone="emerald">{t('assistants.roles.owner')}</Badge>}
      {assistant.myRole === 'editor' && <Badge tone="slate">{t('assistants.roles.editor')}</Badge>}
    </>
  );
}
