import type { GuardPolicyResponse, PiiAction } from '@jumugwan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { LoadingState } from '../../components/loading-state';
import { TextField } from '../../components/text-field';
import { TitledCard } from '../../components/titled-card';
import { ChoiceCards } from './choice-cards';
import { guardPolicyQuery, saveGuardPolicy } from './guard-queries';
import { piiActionDisplay, piiActions, retentionDisplay } from './guard-labels';
import {
  draftChangesPolicy,
  policyFromDraft,
  policyToDraft,
  type PolicyDraft,
  type PolicyDraftErrors,
} from './policy-draft';
import { maximumRetentionDays, minimumRetentionDays, retentionKinds } from './retention-form';

const savedFeedbackMilliseconds = 3000;

/** 개인정보 처리 and the institution's 대화 보존, saved together (one policy on the server). */
export function GuardPolicySection() {
  const policy = useQuery(guardPolicyQuery);
  if (policy.isPending) {
    return <LoadingState />;
  }
  if (policy.isError) {
    return <Alert tone="error">{policy.error.message}</Alert>;
  }
  return <GuardPolicyForm stored={policy.data} />;
}

function GuardPolicyForm({ stored }: { stored: GuardPolicyResponse }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const typesHintId = useId();
  const typeNames = stored.piiTypes.map((option) => option.type);
  const [draft, setDraft] = useState<PolicyDraft>(() => policyToDraft(stored.policy, typeNames));
  const [errors, setErrors] = useState<PolicyDraftErrors>({});
  const [showSaved, setShowSaved] = useState(false);
  const changed = draftChangesPolicy(draft, stored.policy, typeNames);

  const save = useMutation({
    mutationFn: saveGuardPolicy,
    onSuccess: (saved) => {
      queryClient.setQueryData(guardPolicyQuery.queryKey, saved);
      setDraft(
        policyToDraft(
          saved.policy,
          saved.piiTypes.map((option) => option.type),
        ),
      );
      setShowSaved(true);
    },
  });

  useEffect(() => {
    if (!showSaved) {
      return;
    }
    const timer = setTimeout(() => setShowSaved(false), savedFeedbackMilliseconds);
    return () => clearTimeout(timer);
  }, [showSaved]);

  const update = (next: PolicyDraft) => {
    setDraft(next);
    setShowSaved(false);
    save.reset();
  };

  const toggleType = (type: string, checked: boolean) => {
    const next = new Set(draft.enabledPiiTypes);
    if (checked) {
      next.add(type);
    } else {
      next.delete(type);
    }
    update({ ...draft, enabledPiiTypes: next });
  };

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = policyFromDraft(draft, typeNames);
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) {
      save.mutate(result.policy);
    }
  };

  const actionOptions = piiActions.map((action) => ({
    value: action,
    label: t(piiActionDisplay[action].labelKey),
    hint: t(piiActionDisplay[action].hintKey),
  }));
  const retentionOptions = retentionKinds.map((kind) => ({
    value: kind,
    label: t(retentionDisplay[kind].labelKey),
    hint: t(retentionDisplay[kind].hintKey),
  }));
  const pending = save.isPending;

  return (
    <form onSubmit={handleSubmit} noValidate className="space-y-8">
      <TitledCard size="large" title={t('guard.piiTitle')} description={t('guard.piiDescription')}>
        <div className="mt-4 grid gap-4 md:grid-cols-2">
          <ChoiceCards<PiiAction>
            legend={t('guard.internalModels')}
            options={actionOptions}
            value={draft.piiActionInternal}
            onChange={(piiActionInternal) => update({ ...draft, piiActionInternal })}
            disabled={pending}
          />
          <ChoiceCards<PiiAction>
            legend={t('guard.externalModels')}
            options={actionOptions}
            value={draft.piiActionExternal}
            onChange={(piiActionExternal) => update({ ...draft, piiActionExternal })}
            disabled={pending}
          />
        </div>

        <TextField
          label={t('guard.minimumConfidence')}
          hint={t('guard.minimumConfidenceHint')}
          type="number"
          min={0}
          max={100}
          step={1}
          inputMode="numeric"
          value={draft.confidenceText}
          onChange={(event) => update({ ...draft, confidenceText: event.target.value })}
          error={errors.confidence === true ? t('guard.validationConfidence') : undefined}
          disabled={pending}
          className="mt-5 max-w-56"
        />

        <fieldset className="mt-5" aria-describedby={typesHintId} disabled={pending}>
          <legend className="mb-1 text-sm font-medium text-slate-700">{t('guard.piiTypes')}</legend>
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <p id={typesHintId} className="text-xs text-slate-500">
              {t('guard.piiTypesHint')}
            </p>
            <Button
              variant="ghost"
              size="small"
              onClick={() => update({ ...draft, enabledPiiTypes: new Set(typeNames) })}
            >
              {t('guard.selectAllTypes')}
            </Button>
            <Button
              variant="ghost"
              size="small"
              onClick={() => update({ ...draft, enabledPiiTypes: new Set() })}
            >
              {t('guard.clearAllTypes')}
            </Button>
          </div>
          <ul className="mt-2 grid gap-x-4 gap-y-1.5 rounded-lg border border-slate-200 p-3 sm:grid-cols-2 lg:grid-cols-3">
            {stored.piiTypes.map((option) => (
              <li key={option.type}>
                <label className="flex items-center gap-2 text-sm text-slate-800">
                  <input
                    type="checkbox"
                    checked={draft.enabledPiiTypes.has(option.type)}
                    onChange={(event) => toggleType(option.type, event.target.checked)}
                    className="size-4 rounded border-slate-300 accent-blue-600"
                  />
                  {option.label}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      </TitledCard>

      <TitledCard
        size="large"
        title={t('guard.retentionTitle')}
        description={t('guard.retentionDescription')}
      >
        <div className="mt-4 grid gap-4 md:grid-cols-[minmax(0,1fr)_14rem] md:items-end">
          <ChoiceCards
            legend={t('guard.columnRetention')}
            options={retentionOptions}
            value={draft.retention.kind}
            onChange={(kind) => update({ ...draft, retention: { ...draft.retention, kind } })}
            disabled={pending}
          />
          <TextField
            label={t('guard.retentionDaysLabel')}
            hint={t('guard.retentionDaysInputHint')}
            type="number"
            min={minimumRetentionDays}
            max={maximumRetentionDays}
            step={1}
            inputMode="numeric"
            value={draft.retention.daysText}
            onChange={(event) =>
              update({ ...draft, retention: { ...draft.retention, daysText: event.target.value } })
            }
            error={
              errors.retentionDays === true && draft.retention.kind === 'days'
                ? t('guard.validationRetentionDays')
                : undefined
            }
            disabled={pending || draft.retention.kind !== 'days'}
          />
        </div>
      </TitledCard>

      <div className="flex flex-wrap items-center justify-end gap-3">
        {changed && !pending && (
          <p className="mr-auto text-sm font-medium text-amber-700">{t('guard.unsaved')}</p>
        )}
        {showSaved && (
          <p role="status" className="mr-auto text-sm font-medium text-emerald-700">
            {t('guard.saved')}
          </p>
        )}
        {changed && (
          <Button
            variant="ghost"
            onClick={() => {
              update(policyToDraft(stored.policy, typeNames));
              setErrors({});
            }}
            disabled={pending}
          >
            {t('guard.resetPolicy')}
          </Button>
        )}
        <Button type="submit" disabled={!changed || pending}>
          {pending ? t('common.saving') : t('guard.savePolicy')}
        </Button>
      </div>
      {save.error !== null && <Alert tone="error">{save.error.message}</Alert>}
    </form>
  );
}
