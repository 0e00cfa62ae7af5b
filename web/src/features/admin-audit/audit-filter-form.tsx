import { auditActions, auditActionSchema, auditOutcomeSchema, type AuditFilters } from '@jumugwan/contracts';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button';
import { localDateString } from '../../components/local-date-string';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';

export interface AuditFilterFormProps {
  onApply: (filters: AuditFilters) => void;
}

interface Draft {
  from: string;
  to: string;
  action: string;
  outcome: string;
  actor: string;
}

const emptyDraft: Draft = { from: '', to: '', action: '', outcome: '', actor: '' };

function filtersOf(draft: Draft): AuditFilters {
  const action = auditActionSchema.safeParse(draft.action);
  const outcome = auditOutcomeSchema.safeParse(draft.outcome);
  const actor = draft.actor.trim();
  return {
    ...(draft.from === '' ? {} : { from: draft.from }),
    ...(draft.to === '' ? {} : { to: draft.to }),
    ...(action.success ? { action: action.data } : {}),
    ...(outcome.success ? { outcome: outcome.data } : {}),
    ...(actor === '' ? {} : { actor }),
  };
}

/** Period (Korean calendar days, both inclusive), action, outcome and actor; applied on 검색 or Enter. */
export function AuditFilterForm({ onApply }: AuditFilterFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [rangeError, setRangeError] = useState<string | null>(null);
  const [today] = useState(() => localDateString(new Date()));

  const update = (key: keyof Draft, value: string) => setDraft((current) => ({ ...current, [key]: value }));

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (draft.from !== '' && draft.to !== '' && draft.from > draft.to) {
      setRangeError(t('audit.invalidRange'));
      return;
    }
    setRangeError(null);
    onApply(filtersOf(draft));
  };

  const reset = () => {
    setDraft(emptyDraft);
    setRangeError(null);
    onApply({});
  };

  return (
    <form
      onSubmit={handleSubmit}
      noValidate
      aria-label={t('audit.filtersLabel')}
      className="mb-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <TextField
          label={t('audit.from')}
          type="date"
          max={today}
          value={draft.from}
          onChange={(event) => update('from', event.target.value)}
        />
        <TextField
          label={t('audit.to')}
          type="date"
          max={today}
          value={draft.to}
          onChange={(event) => update('to', event.target.value)}
          error={rangeError}
        />
        <SelectField
          label={t('audit.action')}
          value={draft.action}
          onChange={(event) => update('action', event.target.value)}
        >
          <option value="">{t('audit.allActions')}</option>
          {auditActions.map((action) => (
            <option key={action} value={action}>
              {t(`audit.actions.${action}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('audit.outcome')}
          value={draft.outcome}
          onChange={(event) => update('outcome', event.target.value)}
        >
          <option value="">{t('audit.allOutcomes')}</option>
          {auditOutcomeSchema.options.map((outcome) => (
            <option key={outcome} value={outcome}>
              {t(`audit.outcomes.${outcome}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('audit.actor')}
          type="search"
          placeholder={t('audit.actorPlaceholder')}
          value={draft.actor}
          onChange={(event) => update('actor', event.target.value)}
          maxLength={100}
        />
      </div>
      <div className="mt-3 flex justify-end gap-2">
        <Button variant="secondary" onClick={reset}>
          {t('audit.reset')}
        </Button>
        <Button type="submit">{t('audit.search')}</Button>
      </div>
    </form>
  );
}
