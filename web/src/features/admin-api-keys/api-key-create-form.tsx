import type { ApiKeyCreated, ApiKeyInput, ModelCapability } from '@jumugwan/contracts';
import { modelCapabilitySchema } from '@jumugwan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { LoadingState } from '../../components/loading-state';
import { localDateString } from '../../components/local-date-string';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { modelStatusListQuery } from '../admin-models/model-status-queries';
import { parseOptionalInteger } from '../admin-models/parse-optional-integer';
import { departmentListQuery } from '../admin-org/org-queries';
import { capabilityLabelKeys } from '../models/capability-label-keys';
import { LocationBadge } from '../models/location-badge';
import { apiKeyListQuery, createApiKey } from './api-key-queries';
import { departmentOptions } from './department-options';
import { parseExpiryDate } from './expiry-date';

export interface ApiKeyCreateFormProps {
  onCreated: (created: ApiKeyCreated) => void;
  onCancel: () => void;
}

interface FormErrors {
  name?: string;
  department?: string;
  models?: string;
  expiry?: string;
  requests?: string;
  tokens?: string;
}

/** 이름, 사용 부서, 허용 모델, 만료일 and per-minute limits of a new key. */
export function ApiKeyCreateForm({ onCreated, onCancel }: ApiKeyCreateFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const modelsLegendId = useId();
  const modelsErrorId = useId();
  const departments = useQuery(departmentListQuery);
  const models = useQuery(modelStatusListQuery);
  const [today] = useState(() => new Date());
  const [name, setName] = useState('');
  const [departmentId, setDepartmentId] = useState('');
  const [allowAllModels, setAllowAllModels] = useState(false);
  const [chosenModels, setChosenModels] = useState<ReadonlySet<string>>(() => new Set());
  const [expiryText, setExpiryText] = useState('');
  const [requestsText, setRequestsText] = useState('');
  const [tokensText, setTokensText] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});

  const create = useMutation({
    mutationFn: createApiKey,
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: apiKeyListQuery.queryKey });
      onCreated(created);
    },
  });

  const options = departmentOptions(departments.data ?? []);
  const modelsByCapability = modelCapabilitySchema.options
    .map((capability): [ModelCapability, string[]] => [
      capability,
      (models.data ?? []).filter((model) => model.capability === capability).map((model) => model.id),
    ])
    .filter(([, ids]) => ids.length > 0);
  const locationById = new Map((models.data ?? []).map((model) => [model.id, model.location]));

  const toggleModel = (modelId: string, checked: boolean) => {
    setChosenModels((previous) => {
      const next = new Set(previous);
      if (checked) {
        next.add(modelId);
      } else {
        next.delete(modelId);
      }
      return next;
    });
  };

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FormErrors = {};
    const expiry = parseExpiryDate(expiryText, today);
    const requests = parseOptionalInteger(requestsText, 1, 100_000);
    const tokens = parseOptionalInteger(tokensText, 1, 100_000_000);
    if (name.trim() === '') {
      found.name = t('apiKeys.validationName');
    }
    if (!options.some((option) => option.id === departmentId)) {
      found.department = t('apiKeys.validationDepartment');
    }
    if (!allowAllModels && chosenModels.size === 0) {
      found.models = t('apiKeys.validationModels');
    }
    if (!expiry.ok) {
      found.expiry = t('apiKeys.validationExpiry');
    }
    if (!requests.ok) {
      found.requests = t('apiKeys.validationRequests');
    }
    if (!tokens.ok) {
      found.tokens = t('apiKeys.validationTokens');
    }
    setErrors(found);
    if (Object.keys(found).length > 0 || !expiry.ok || !requests.ok || !tokens.ok) {
      return;
    }
    const input: ApiKeyInput = {
      name: name.trim(),
      departmentId,
      // Null lets the key use every model, including ones registered later.
      allowedModels: allowAllModels ? null : [...chosenModels],
      expiresAt: expiry.value,
      requestsPerMinute: requests.value,
      tokensPerMinute: tokens.value,
    };
    create.mutate(input);
  };

  return (
    <form onSubmit={handleSubmit} noValidate className="space-y-4">
      <TextField
        label={t('apiKeys.name')}
        placeholder={t('apiKeys.namePlaceholder')}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={errors.name}
        maxLength={100}
        required
        data-autofocus
      />

      {departments.isPending ? (
        <LoadingState />
      ) : departments.isError ? (
        <Alert tone="error">{departments.error.message}</Alert>
      ) : options.length === 0 ? (
        <Alert tone="warning">
          {t('apiKeys.noDepartments')}{' '}
          <Link to="/admin/org" className="font-medium underline underline-offset-2">
            {t('app.navOrg')}
          </Link>
        </Alert>
      ) : (
        <SelectField
          label={t('apiKeys.department')}
          hint={t('apiKeys.departmentHint')}
          value={departmentId}
          onChange={(event) => setDepartmentId(event.target.value)}
          error={errors.department}
          required
        >
          <option value="">{t('apiKeys.departmentPlaceholder')}</option>
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </SelectField>
      )}

      <fieldset aria-describedby={errors.models === undefined ? undefined : modelsErrorId}>
        <legend id={modelsLegendId} className="mb-1.5 text-sm font-medium text-slate-700">
          {t('apiKeys.allowedModels')}
        </legend>
        <label className="flex items-start gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            checked={allowAllModels}
            onChange={(event) => setAllowAllModels(event.target.checked)}
            className="mt-1 size-4 rounded border-slate-300 accent-blue-600"
          />
          <span>
            <span className="font-medium">{t('apiKeys.allowAllModels')}</span>
            <span className="block text-xs text-slate-500">{t('apiKeys.allowAllModelsHint')}</span>
          </span>
        </label>
        {models.isPending && <LoadingState />}
        {models.isError && <Alert tone="error">{models.error.message}</Alert>}
        {models.isSuccess && models.data.length === 0 && (
          <p className="mt-2 text-sm text-slate-500">{t('apiKeys.noModels')}</p>
        )}
        {modelsByCapability.length > 0 && (
          <div
            className="mt-2 max-h-56 space-y-3 overflow-y-auto rounded-lg border border-slate-200 p-3 aria-disabled:opacity-50"
            aria-disabled={allowAllModels || undefined}
          >
            {modelsByCapability.map(([capability, ids]) => (
              <div key={capability} role="group" aria-label={t(capabilityLabelKeys[capability])}>
                <p className="text-xs font-semibold text-slate-500">{t(capabilityLabelKeys[capability])}</p>
                <ul className="mt-1 space-y-1">
                  {ids.map((modelId) => {
                    const location = locationById.get(modelId);
                    return (
                      <li key={modelId}>
                        <label className="flex items-center gap-2 text-sm text-slate-800">
                          <input
                            type="checkbox"
                            checked={allowAllModels || chosenModels.has(modelId)}
                            disabled={allowAllModels}
                            onChange={(event) => toggleModel(modelId, event.target.checked)}
                            className="size-4 rounded border-slate-300 accent-blue-600"
                          />
                          <span className="min-w-0 truncate font-mono">{modelId}</span>
                          {location !== undefined && <LocationBadge location={location} />}
                        </label>
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
          </div>
        )}
        {errors.models !== undefined && (
          <p id={modelsErrorId} className="mt-1.5 text-xs font-medium text-red-700">
            {errors.models}
          </p>
        )}
      </fieldset>

      <TextField
        label={t('apiKeys.expiresAt')}
        hint={t('apiKeys.expiresAtHint')}
        type="date"
        min={localDateString(today)}
        value={expiryText}
        onChange={(event) => setExpiryText(event.target.value)}
        error={errors.expiry}
      />

      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t('apiKeys.requestsPerMinute')}
          hint={t('apiKeys.limitHint')}
          value={requestsText}
          onChange={(event) => setRequestsText(event.target.value)}
          error={errors.requests}
          inputMode="numeric"
          autoComplete="off"
        />
        <TextField
          label={t('apiKeys.tokensPerMinute')}
          hint={t('apiKeys.limitHint')}
          value={tokensText}
          onChange={(event) => setTokensText(event.target.value)}
          error={errors.tokens}
          inputMode="numeric"
          autoComplete="off"
        />
      </div>

      {create.error !== null && <Alert tone="error">{create.error.message}</Alert>}

      <div className="flex justify-end gap-2 pt-2">
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? t('apiKeys.creating') : t('apiKeys.submit')}
        </Button>
      </div>
    </form>
  );
}
