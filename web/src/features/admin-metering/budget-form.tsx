import { budgetScopes, type BudgetPeriod, type BudgetStatus, type BudgetUnit } from '@jumugwan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { CheckboxField } from '../../components/checkbox-field';
import { LoadingState } from '../../components/loading-state';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { apiKeyListQuery } from '../admin-api-keys/api-key-queries';
import { departmentOptions } from '../admin-api-keys/department-options';
import { ChoiceCards } from '../admin-guard/choice-cards';
import { departmentListQuery } from '../admin-org/org-queries';
import {
  budgetFromDraft,
  budgetToDraft,
  emptyBudgetDraft,
  type BudgetDraft,
  type BudgetDraftErrors,
} from './budget-draft';
import { InlineRadioGroup } from './inline-radio-group';
import { budgetListQuery, createBudget, updateBudget } from './metering-queries';
import { UserPicker } from './user-picker';

export interface BudgetFormProps {
  /** Absent: a new budget. */
  budget?: BudgetStatus;
  onDone: () => void;
}

const units = ['krw', 'tokens'] as const satisfies readonly BudgetUnit[];
const periods = ['month', 'quarter', 'year'] as const satisfies readonly BudgetPeriod[];

/** 이름, 범위 (and its department, person or key), 단위, 한도, 기간 and whether the budget is enforced. */
export function BudgetForm({ budget, onDone }: BudgetFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<BudgetDraft>(() =>
    budget === undefined ? emptyBudgetDraft() : budgetToDraft(budget),
  );
  const [errors, setErrors] = useState<BudgetDraftErrors>({});
  const departments = useQuery({ ...departmentListQuery, enabled: draft.scope === 'department' });
  const apiKeys = useQuery({ ...apiKeyListQuery, enabled: draft.scope === 'api_key' });

  const save = useMutation({
    mutationFn: (input: Parameters<typeof createBudget>[0]) =>
      budget === undefined ? createBudget(input) : updateBudget(budget.id, input),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: budgetListQuery.queryKey });
      onDone();
    },
  });

  const update = (change: Partial<BudgetDraft>) => setDraft((previous) => ({ ...previous, ...change }));

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = budgetFromDraft(draft);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    save.mutate(result.input);
  };

  const subjectError = errors.subject === true ? t(`budgets.validationSubject.${draft.scope}`) : null;
  const options = departmentOptions(departments.data ?? []);
  // An abolished department is no longer offered, but a budget that names it must still show it.
  if (budget?.departmentId != null && !options.some((option) => option.id === budget.departmentId)) {
    options.push({ id: budget.departmentId, label: budget.subjectName });
  }
  // A revoked or expired key stays selectable only when the budget already names it.
  const keyOptions = (apiKeys.data ?? []).filter(
    (key) => key.status === 'active' || key.id === draft.apiKeyId,
  );

  return (
    <form onSubmit={handleSubmit} noValidate className="space-y-5">
      <TextField
        label={t('budgets.name')}
        placeholder={t('budgets.namePlaceholder')}
        value={draft.name}
        onChange={(event) => update({ name: event.target.value })}
        error={errors.name === true ? t('budgets.validationName') : null}
        maxLength={100}
        required
        data-autofocus
      />

      <ChoiceCards
        legend={t('budgets.scope')}
        options={budgetScopes.map((scope) => ({
          value: scope,
          label: t(`metering.scopes.${scope}`),
          hint: t(`budgets.scopeHints.${scope}`),
        }))}
        value={draft.scope}
        onChange={(scope) => update({ scope })}
      />

      {draft.scope === 'department' &&
        (departments.isPending ? (
          <LoadingState />
        ) : departments.isError ? (
          <Alert tone="error">{departments.error.message}</Alert>
        ) : (
          <SelectField
            label={t('budgets.department')}
            hint={t('budgets.departmentHint')}
            value={draft.departmentId}
            onChange={(event) => update({ departmentId: event.target.value })}
            error={subjectError}
            required
          >
            <option value="">{t('budgets.departmentPlaceholder')}</option>
            {options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </SelectField>
        ))}

      {draft.scope === 'user' && (
        <UserPicker
          label={t('budgets.user')}
          hint={t('metering.userHint')}
          value={draft.user}
          onChange={(user) => update({ user })}
          error={subjectError}
        />
      )}

      {draft.scope === 'api_key' &&
        (apiKeys.isPending ? (
          <LoadingState />
        ) : apiKeys.isError ? (
          <Alert tone="error">{apiKeys.error.message}</Alert>
        ) : (
          <SelectField
            label={t('budgets.apiKey')}
            hint={keyOptions.length === 0 ? t('budgets.noApiKeys') : t('budgets.apiKeyHint')}
            value={draft.apiKeyId}
            onChange={(event) => update({ apiKeyId: event.target.value })}
            error={subjectError}
            required
          >
            <option value="">{t('budgets.apiKeyPlaceholder')}</option>
            {keyOptions.map((key) => (
              <option key={key.id} value={key.id}>
                {`${key.name} (${key.keyPrefix}…, ${key.departmentName})`}
              </option>
            ))}
          </SelectField>
        ))}

      <div className="grid gap-5 sm:grid-cols-2">
        <InlineRadioGroup
          legend={t('budgets.unit')}
          options={units.map((unit) => ({ value: unit, label: t(`metering.units.${unit}`) }))}
          value={draft.unit}
          onChange={(unit) => update({ unit })}
          hint={t(`budgets.unitHints.${draft.unit}`)}
        />
        <InlineRadioGroup
          legend={t('budgets.period')}
          options={periods.map((period) => ({ value: period, label: t(`metering.periods.${period}`) }))}
          value={draft.period}
          onChange={(period) => update({ period })}
          hint={t(`budgets.periodHints.${draft.period}`)}
        />
      </div>

      <TextField
        label={draft.unit === 'krw' ? t('budgets.amountWon') : t('budgets.amountTokens')}
        hint={draft.unit === 'krw' ? t('budgets.amountWonHint') : t('budgets.amountTokensHint')}
        value={draft.amountText}
        onChange={(event) => update({ amountText: event.target.value })}
        error={errors.amount === true ? t('budgets.validationAmount') : null}
        inputMode="numeric"
        autoComplete="off"
        required
      />

      <CheckboxField
        label={t('budgets.active')}
        hint={t('budgets.activeHint')}
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
            : budget === undefined
              ? t('budgets.submitCreate')
              : t('common.save')}
        </Button>
      </div>
    </form>
  );
}
