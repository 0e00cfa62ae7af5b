import type { ModelLocation } from '@jumugwan/contracts';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge';

/** 내부망 (blue) or 외부 (amber): where a model or endpoint runs, and so what data may go to it. */
export function LocationBadge({ location }: { location: ModelLocation }) {
  const { t } = useTranslation();
  return location === 'internal' ? (
    <Badge tone="blue">{t('models.locationInternal')}</Badge>
  ) : (
    <Badge tone="amber">{t('models.locationExternal')}</Badge>
  );
}
