import type { KnowledgeCollection } from '@jumugwan/contracts';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge';

/** 내부: answers grounded in the collection may only come from on-prem models. */
export function InternalBadge({ collection }: { collection: Pick<KnowledgeCollection, 'sensitivity'> }) {
  const { t } = useTranslation();
  if (collection.sensitivity !== 'internal') {
    return null;
  }
  return (
    <span title={t('knowledge.internalHint')}>
      <Badge tone="amber">{t('knowledge.internalBadge')}</Badge>
    </span>
  );
}

/** The embedding model (meaning search besides words) or 어휘 검색 when there is none. */
export function RetrievalBadge({ collection }: { collection: Pick<KnowledgeCollection, 'embeddingModel'> }) {
  const { t } = useTranslation();
  return collection.embeddingModel === null ? (
    <Badge tone="slate">{t('knowledge.lexicalOnly')}</Badge>
  ) : (
    <Badge tone="blue">{t('knowledge.embeddingBadge', { model: collection.embeddingModel })}</Badge>
  );
}
