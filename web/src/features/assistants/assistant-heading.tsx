import type { AssistantDetail } from '@jumugwan/contracts';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge';
import { formatDateTime } from '../drafting/format-date-time';
import { AssistantBadges } from './assistant-badges';
import { AssistantStats } from './assistant-stats';

/** The assistant's icon, name and description, and who made it, when, which version and what for. */
export function AssistantHeading({ assistant }: { assistant: AssistantDetail }) {
  const { t, i18n } = useTranslation();
  const owner = assistant.builtIn
    ? t('assistants.card.institution')
    : (assistant.owner?.name ?? t('assistants.page.noOwner'));
  const department = assistant.departmentName ?? assistant.owner?.departmentName ?? null;
  return (
    <div className="flex flex-wrap items-start gap-4">
      <span
        aria-hidden="true"
        className="inline-flex size-16 shrink-0 items-center justify-center rounded-2xl bg-slate-100 text-4xl"
      >
        {assistant.icon}
      </span>
      <div className="min-w-0 flex-1">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900">{assistant.name}</h1>
        {assistant.description !== '' && (
          <p className="mt-1 max-w-3xl text-sm whitespace-pre-line text-slate-600">{assistant.description}</p>
        )}
        <dl className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
          <Fact term={t('assistants.page.owner')} value={owner} />
          {department !== null && <Fact term={t('assistants.page.department')} value={department} />}
          <Fact
            term={t('assistants.page.updatedAt')}
            value={formatDateTime(assistant.updatedAt, i18n.language)}
          />
          <Fact
            term={t('assistants.page.version')}
            value={t('assistants.page.versionNumber', { number: assistant.version })}
          />
          <Fact
            term={t('assistants.page.category')}
            value={t(`assistants.categories.${assistant.category}`)}
          />
        </dl>
        <div className="mt-2">
          <AssistantStats assistant={assistant} />
        </div>
        <div className="mt-2 flex flex-wrap gap-1.5">
          <AssistantBadges assistant={assistant} />
          {assistant.savedByMe && <Badge tone="blue">{t('assistants.page.savedBadge')}</Badge>}
        </div>
      </div>
    </div>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div className="flex gap-1">
      <dt className="text-slate-500">{term}</dt>
      <dd className="font-medium text-slate-800" data-testid="assistant-fact">
        {value}
      </dd>
    </div>
  );
}
