import type { AssistantSummary } from '@jumugwan/contracts';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge';
import { AssistantBadges } from './assistant-badges';
import { AssistantStats } from './assistant-stats';

/** An assistant in the gallery; the whole card is the link to its page. */
export function AssistantCard({ assistant }: { assistant: AssistantSummary }) {
  const { t } = useTranslation();
  const ownerLine = assistant.builtIn
    ? t('assistants.card.institution')
    : [assistant.owner?.name, assistant.departmentName ?? assistant.owner?.departmentName]
        .filter((part): part is string => part !== undefined && part !== null && part !== '')
        .join(' · ');
  return (
    <li
      data-testid="assistant-card"
      className="relative flex flex-col rounded-xl border border-slate-200 bg-white p-4 shadow-sm focus-within:ring-2 focus-within:ring-blue-600 hover:border-blue-300"
    >
      <div className="flex items-start gap-3">
        <span
          aria-hidden="true"
          className="inline-flex size-11 shrink-0 items-center justify-center rounded-xl bg-slate-100 text-2xl"
        >
          {assistant.icon}
        </span>
        <div className="min-w-0 flex-1">
          <h3 className="text-base font-semibold text-slate-900">
            {/* The link covers the whole card; the focus ring is drawn on the card. */}
            <Link
              to="/assistants/$assistantId"
              params={{ assistantId: assistant.id }}
              className="after:absolute after:inset-0 after:rounded-xl focus-visible:outline-none"
            >
              {assistant.name}
            </Link>
          </h3>
          {ownerLine !== '' && <p className="truncate text-xs text-slate-500">{ownerLine}</p>}
        </div>
      </div>
      {assistant.description !== '' && (
        <p className="mt-2 line-clamp-3 text-sm text-slate-600">{assistant.description}</p>
      )}
      <div className="mt-auto pt-3">
        <AssistantStats assistant={assistant} />
        <div className="mt-2 flex flex-wrap gap-1.5">
          <Badge tone="slate">{t(`assistants.categories.${assistant.category}`)}</Badge>
          <AssistantBadges assistant={assistant} />
        </div>
      </div>
    </li>
  );
}
