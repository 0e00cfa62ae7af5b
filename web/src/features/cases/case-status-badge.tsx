import type { UseCaseStatus } from '@jumugwan/contracts';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../components/badge';

const tones: Record<UseCaseStatus, BadgeTone> = {
  draft: 'slate',
  submitted: 'amber',
  published: 'emerald',
  returned: 'red',
};

/** 임시 저장 · 검토 대기 · 게시됨 · 보완 요청. */
export function CaseStatusBadge({ status }: { status: UseCaseStatus }) {
  const { t } = useTranslation();
  return (
    <Badge tone={tones[status]} className="whitespace-nowrap">
      <span data-testid="case-status" data-status={status}>
        {t(`cases.status.${status}`)}
      </span>
    </Badge>
  );
}
