import type { ApiKey } from '@jumugwan/contracts';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../components/badge';

const statusDisplay = {
  active: { tone: 'emerald', labelKey: 'apiKeys.statusActive' },
  expired: { tone: 'amber', labelKey: 'apiKeys.statusExpired' },
  revoked: { tone: 'red', labelKey: 'apiKeys.statusRevoked' },
} as const satisfies Record<ApiKey['status'], { tone: BadgeTone; labelKey: string }>;

/** 사용 중 / 만료 / 폐기 */
export function ApiKeyStatusBadge({ status }: { status: ApiKey['status'] }) {
  const { t } = useTranslation();
  const { tone, labelKey } = statusDisplay[status];
  return <Badge tone={tone}>{t(labelKey)}</Badge>;
}
