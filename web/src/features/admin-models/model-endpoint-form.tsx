import {
  modelProviderKindSchema,
  type ModelEndpoint,
  type ModelEndpointInput,
  type ModelLocation,
  type ModelProviderKind,
} from '@jumugwan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { SelectField } from '../../components/select-field';
import { inputClassName, TextField } from '../../components/text-field';
import { availableModelsKey } from '../models/available-model-queries';
import { createModelEndpoint, modelEndpointListQuery, updateModelEndpoint } from './model-endpoint-queries';
import { modelStatusKey } from './model-status-queries';
import { parseModelIds } from './parse-model-ids';
import { parseOptionalInteger } from './parse-optional-integer';
import { providerLabelKeys } from './provider-label-keys';

export interface ModelEndpointFormProps {
  /** The endpoint to edit; absent to add a new one. */
  endpoint?: ModelEndpoint;
  onDone: () => void;
}

interface FormErrors {
  name?: string;
  baseUrl?: string;
  modelIds?: string;
  timeoutSeconds?: string;
}

const providerKinds = modelProviderKindSchema.options;

function isProviderKind(value: string): value is ModelProviderKind {
  return providerKinds.some((kind) => kind === value);
}

export function ModelEndpointForm({ endpoint, onDone }: ModelEndpointFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const modelIdsId = useId();
  const [name, setName] = useState(endpoint?.name ?? '');
  const [baseUrl, setBaseUrl] = useState(endpoint?.baseUrl ?? '');
  const [apiKey, setApiKey] = useState('');
  const [removeApiKey, setRemoveApiKey] = useState(false);
  const [modelIdsText, setModelIdsText] = useState(endpoint?.modelIds.join('\n') ?? '');
  const [location, setLocation] = useState<ModelLocation>(endpoint?.location ?? 'internal');
  const [enabled, setEnabled] = useState(endpoint?.enabled ?? true);
  const [provider, setProvider] = useState<ModelProviderKind>(endpoint?.provider ?? 'openai-compatible');
  const [timeoutText, setTimeoutText] = useState(
    endpoint === undefined || endpoint.timeoutSeconds === null ? '' : String(endpoint.timeoutSeconds),
  );
  const [errors, setErrors] = useState<FormErrors>({});

  const save = useMutation({
    mutationFn: (input: ModelEndpointInput) =>
      endpoint === undefined ? createModelEndpoint(input) : updateModelEndpoint(endpoint.id, input),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: modelEndpointListQuery.queryKey }),
        // The chat model picker lists what these endpoints offer.
        queryClient.invalidateQueries({ queryKey: availableModelsKey }),
        queryClient.invalidateQueries({ queryKey: modelStatusKey }),
      ]);
      onDone();
    },
  });

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const modelIds = parseModelIds(modelIdsText);
    const found: FormErrors = {};
    if (name.trim() === '') {
      found.name = t('models.validationName');
    }
    if (!/^https?:\/\/\S+$/.test(baseUrl.trim())) {
      found.baseUrl = t('models.validationBaseUrl');
    }
    if (modelIds.length === 0) {
      found.modelIds = t('models.validationModelIds');
    }
    const timeout = parseOptionalInteger(timeoutText, 1, 3600);
    if (!timeout.ok) {
      found.timeoutSeconds = t('models.validationTimeout');
    }
    setErrors(found);
    if (Object.keys(found).length > 0 || !timeout.ok) {
      return;
    }
    const input: ModelEndpointInput = {
      name: name.trim(),
      baseUrl: baseUrl.trim(),
      modelIds,
      location,
      enabled,
      // Always sent: an update replaces the whole endpoint, and omitted fields would fall back to defaults.
      provider,
      timeoutSeconds: timeout.value,
    };
    // The key is write-only: omitted keeps the stored one, an empty string removes it.
    if (apiKey !== '') {
      input.apiKey = apiKey;
    } else if (endpoint !== undefined && removeApiKey) {
      input.apiKey = '';
    }
    save.mutate(input);
  };

  const hasStoredKey = endpoint?.hasApiKey === true;

  return (
    <form onSubmit={handleSubmit} noValidate className="space-y-4">
      <TextField
        label={t('models.name')}
        placeholder={t('models.namePlaceholder')}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={errors.name}
        maxLength={100}
        required
        data-autofocus
      />
      <SelectField
        label={t('models.provider')}
        value={provider}
        onChange={(event) => {
          if (isProviderKind(event.target.value)) {
            setProvider(event.target.value);
          }
        }}
      >
        {providerKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(providerLabelKeys[kind].long)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('models.baseUrl')}
        hint={t(providerLabelKeys[provider].baseUrlHint)}
        value={baseUrl}
        onChange={(event) => setBaseUrl(event.target.value)}
        error={errors.baseUrl}
        type="url"
        inputMode="url"
        spellCheck={false}
        autoComplete="off"
        required
      />
      <div>
        <TextField
          label={t('models.apiKey')}
          hint={hasStoredKey ? t('models.apiKeyKeepHint') : t('models.apiKeyNewHint')}
          value={apiKey}
          onChange={(event) => setApiKey(event.target.value)}
          type="password"
          // Keeps browsers from offering to save or fill a personal password here.
          autoComplete="new-password"
          spellCheck={false}
          maxLength={500}
          disabled={removeApiKey}
        />
        {hasStoredKey && (
          <div className="mt-2 flex flex-wrap items-center gap-3">
            <span className="inline-flex rounded-full bg-emerald-50 px-2.5 py-0.5 text-xs font-medium text-emerald-700 ring-1 ring-emerald-200">
              {t('models.apiKeyStored')}
            </span>
            <label className="inline-flex items-center gap-2 text-sm text-slate-700">
              <input
                type="checkbox"
                checked={removeApiKey}
                onChange={(event) => {
                  setRemoveApiKey(event.target.checked);
                  setApiKey('');
                }}
                className="size-4 rounded border-slate-300 accent-blue-600"
              />
              {t('models.removeApiKey')}
            </label>
          </div>
        )}
      </div>
      <div>
        <label htmlFor={modelIdsId} className="mb-1.5 block text-sm font-medium text-slate-700">
          {t('models.modelIds')}
        </label>
        <textarea
          id={modelIdsId}
          value={modelIdsText}
          onChange={(event) => setModelIdsText(event.target.value)}
          rows={3}
          spellCheck={false}
          aria-invalid={errors.modelIds === undefined ? undefined : true}
          aria-describedby={`${modelIdsId}-hint${errors.modelIds === undefined ? '' : ` ${modelIdsId}-error`}`}
          className={`${inputClassName} font-mono`}
        />
        <p id={`${modelIdsId}-hint`} className="mt-1.5 text-xs text-slate-500">
          {t('models.modelIdsHint')}
        </p>
        {errors.modelIds !== undefined && (
          <p id={`${modelIdsId}-error`} className="mt-1.5 text-xs font-medium text-red-700">
            {errors.modelIds}
          </p>
        )}
      </div>
      <fieldset>
        <legend className="mb-1.5 text-sm font-medium text-slate-700">{t('models.location')}</legend>
        <div className="flex gap-2">
          {(['internal', 'external'] as const).map((value) => (
            <label
              key={value}
              className="flex flex-1 cursor-pointer items-center gap-2 rounded-lg border border-slate-300 px-3 py-2 text-sm has-checked:border-blue-500 has-checked:bg-blue-50 has-focus-visible:outline-2 has-focus-visible:outline-blue-600"
            >
              <input
                type="radio"
                name="location"
                value={value}
                checked={location === value}
                onChange={() => setLocation(value)}
                className="accent-blue-600 focus-visible:outline-none"
              />
              {value === 'internal' ? t('models.locationInternal') : t('models.locationExternal')}
            </label>
          ))}
        </div>
      </fieldset>
      <TextField
        label={t('models.timeoutSeconds')}
        hint={t('models.timeoutSecondsHint')}
        value={timeoutText}
        onChange={(event) => setTimeoutText(event.target.value)}
        error={errors.timeoutSeconds}
        inputMode="numeric"
        autoComplete="off"
        className="max-w-56"
      />
      <label className="flex items-center gap-2 text-sm font-medium text-slate-700">
        <input
          type="checkbox"
          checked={enabled}
          onChange={(event) => setEnabled(event.target.checked)}
          className="size-4 rounded border-slate-300 accent-blue-600"
        />
        {t('models.enabled')}
      </label>

      {save.error !== null && <Alert tone="error">{save.error.message}</Alert>}

      <div className="flex justify-end gap-2 pt-2">
        <Button variant="secondary" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('common.save')}
        </Button>
      </div>
    </form>
  );
}
