import { modelCapabilitySchema, type ModelCapability, type Plan, type PlanInput } from '@jumugwan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type KeyboardEvent, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { CheckboxField } from '../../components/checkbox-field';
import { PlusIcon } from '../../components/icons';
import { LoadingState } from '../../components/loading-state';
import { inputClassName, TextField } from '../../components/text-field';
import { modelStatusListQuery } from '../admin-models/model-status-queries';
import { capabilityLabelKeys } from '../models/capability-label-keys';
import { LocationBadge } from '../models/location-badge';
import { InlineRadioGroup } from './inline-radio-group';
import { createPlan, meteringKeys, updatePlan } from './metering-queries';
import {
  emptyPlanDraft,
  isTermMonths,
  planFromDraft,
  planToDraft,
  termMonthOptions,
  type PlanDraft,
  type PlanDraftErrors,
} from './plan-draft';

export interface PlanFormProps {
  /** Absent: a new plan. */
  plan?: Plan;
  onDone: () => void;
}

/** 플랜 이름, 기간, 요금, 포함 모델, 경고 한도 and whether new assignments may use it. */
export function PlanForm({ plan, onDone }: PlanFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const modelsErrorId = useId();
  const otherModelId = useId();
  const models = useQuery(modelStatusListQuery);
  const [draft, setDraft] = useState<PlanDraft>(() =>
    plan === undefined ? emptyPlanDraft() : planToDraft(plan),
  );
  const [otherModel, setOtherModel] = useState('');
  const [errors, setErrors] = useState<PlanDraftErrors>({});

  const save = useMutation({
    mutationFn: (input: PlanInput) => (plan === undefined ? createPlan(input) : updatePlan(plan.id, input)),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: meteringKeys.plans() });
      onDone();
    },
  });

  const update = (change: Partial<PlanDraft>) => setDraft((previous) => ({ ...previous, ...change }));
  const chosen = new Set(draft.models);
  const toggleModel = (modelId: string, checked: boolean) =>
    setDraft((previous) => ({
      ...previous,
      models: checked ? [...previous.models, modelId] : previous.models.filter((model) => model !== modelId),
    }));
  const addOtherModel = () => {
    const modelId = otherModel.trim();
    if (modelId !== '' && !chosen.has(modelId)) {
      toggleModel(modelId, true);
    }
    setOtherModel('');
  };
  const handleOtherModelKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      // Enter adds the typed model rather than submitting the whole form.
      event.preventDefault();
      addOtherModel();
    }
  };

  const modelsByCapability = modelCapabilitySchema.options
    .map((capability): [ModelCapability, string[]] => [
      capability,
      (models.data ?? []).filter((model) => model.capability === capability).map((model) => model.id),
    ])
    .filter(([, ids]) => ids.length > 0);
  const knownModels = new Set((models.data ?? []).map((model) => model.id));
  const locationById = new Map((models.data ?? []).map((model) => [model.id, model.location]));
  const typedModels = draft.models.filter((model) => !knownModels.has(model));

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = planFromDraft(draft);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    save.mutate(result.input);
  };

  const modelCheckbox = (modelId: string) => {
    const location = locationById.get(modelId);
    return (
      <li key={modelId}>
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            checked={chosen.has(modelId)}
            onChange={(event) => toggleModel(modelId, event.target.checked)}
            className="size-4 rounded border-slate-300 accent-blue-600"
          />
          <span className="min-w-0 truncate font-mono">{modelId}</span>
          {location !== undefined && <LocationBadge location={location} />}
        </label>
      </li>
    );
  };

  return (
    <form onSubmit={handleSubmit} noValidate className="space-y-5">
      <TextField
        label={t('plans.name')}
        placeholder={t('plans.namePlaceholder')}
        value={draft.name}
        onChange={(event) => update({ name: event.target.value })}
        error={errors.name === true ? t('plans.validationName') : null}
        maxLength={100}
        required
        data-autofocus
      />

      <InlineRadioGroup
        legend={t('plans.term')}
        options={termMonthOptions.map((months) => ({
          value: String(months),
          label: t('plans.termMonths', { months }),
        }))}
        value={String(draft.termMonths)}
        onChange={(value) => {
          const months = Number(value);
          if (isTermMonths(months)) {
            update({ termMonths: months });
          }
        }}
        hint={t('plans.termHint')}
      />

      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t('plans.fee')}
          hint={t('plans.feeHint')}
          value={draft.feeText}
          onChange={(event) => update({ feeText: event.target.value })}
          error={errors.fee === true ? t('plans.validationFee') : null}
          inputMode="decimal"
          autoComplete="off"
          required
        />
        <TextField
          label={t('plans.softCap')}
          hint={t('plans.softCapHint')}
          value={draft.softCapText}
          onChange={(event) => update({ softCapText: event.target.value })}
          error={errors.softCap === true ? t('plans.validationSoftCap') : null}
          inputMode="numeric"
          autoComplete="off"
        />
      </div>

      <fieldset aria-describedby={errors.models === true ? modelsErrorId : undefined}>
        <legend className="mb-1 text-sm font-medium text-slate-700">{t('plans.models')}</legend>
        <p className="mb-2 text-xs text-slate-500">{t('plans.modelsHint')}</p>
        {models.isPending && <LoadingState />}
        {models.isError && <Alert tone="error">{models.error.message}</Alert>}
        <div className="max-h-64 space-y-3 overflow-y-auto rounded-lg border border-slate-200 p-3">
          {modelsByCapability.map(([capability, ids]) => (
            <div key={capability} role="group" aria-label={t(capabilityLabelKeys[capability])}>
              <p className="text-xs font-semibold text-slate-500">{t(capabilityLabelKeys[capability])}</p>
              <ul className="mt-1 space-y-1">{ids.map(modelCheckbox)}</ul>
            </div>
          ))}
          {typedModels.length > 0 && (
            <div role="group" aria-label={t('plans.typedModels')}>
              <p className="text-xs font-semibold text-slate-500">{t('plans.typedModels')}</p>
              <ul className="mt-1 space-y-1">{typedModels.map(modelCheckbox)}</ul>
            </div>
          )}
          {models.isSuccess && models.data.length === 0 && typedModels.length === 0 && (
            <p className="text-sm text-slate-500">{t('plans.noModels')}</p>
          )}
        </div>
        <div className="mt-2">
          <label htmlFor={otherModelId} className="mb-1 block text-xs font-medium text-slate-600">
            {t('plans.otherModel')}
          </label>
          <div className="flex gap-2">
            <input
              id={otherModelId}
              value={otherModel}
              onChange={(event) => setOtherModel(event.target.value)}
              onKeyDown={handleOtherModelKeyDown}
              placeholder={t('plans.otherModelPlaceholder')}
              className={inputClassName}
              autoComplete="off"
              spellCheck={false}
              maxLength={200}
            />
            <Button variant="secondary" onClick={addOtherModel} disabled={otherModel.trim() === ''}>
              <PlusIcon className="text-base" />
              {t('plans.addModel')}
            </Button>
          </div>
        </div>
        {errors.models === true && (
          <p id={modelsErrorId} className="mt-1.5 text-xs font-medium text-red-700">
            {t('plans.validationModels')}
          </p>
        )}
      </fieldset>

      <CheckboxField
        label={t('plans.active')}
        hint={t('plans.activeHint')}
        checked={draft.active}
        onChange={(active) => update({ active })}
      />

      {save.error !== null && <Alert tone="error">{save.error.message}</Alert>}

      <div className="flex justify-end gap-2 pt-2">
        <Button variant="secondary" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" disabled={save.isPending}>
          {save.isPending
            ? t('common.saving')
            : plan === undefined
              ? t('plans.submitCreate')
              : t('common.save')}
        </Button>
      </div>
    </form>
  );
}
