import { modelCapabilitySchema, type ModelSettingsInput, type ModelStatus } from '@jumugwan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { SelectField } from '../../components/select-field';
import { availableModelsKey } from '../models/available-model-queries';
import { capabilityLabelKeys } from '../models/capability-label-keys';
import { LocationBadge } from '../models/location-badge';
import { DeploymentStatusTable } from './deployment-status-table';
import { FallbackChainEditor } from './fallback-chain-editor';
import { fallbackCandidates, sameSettings, withCapability, type ModelSummary } from './model-settings-draft';
import { modelStatusKey, saveModelSettings } from './model-status-queries';

export interface ModelStatusCardProps {
  model: ModelStatus;
  /** Every model, for the fallback choices. */
  models: readonly ModelSummary[];
  /** When the status was read. */
  now: Date;
}

const capabilities = modelCapabilitySchema.options;
const savedFeedbackMilliseconds = 3000;

/**
 * One model: what it is for, its fallback chain and its deployments. Edits stay a local draft until
 * 설정 저장, so the five-second status refresh never overwrites what the admin is changing.
 */
export function ModelStatusCard({ model, models, now }: ModelStatusCardProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<ModelSettingsInput | null>(null);
  const [showSaved, setShowSaved] = useState(false);
  const stored: ModelSettingsInput = { capability: model.capability, fallbacks: model.fallbacks };
  const settings = draft ?? stored;
  const changed = draft !== null && !sameSettings(draft, stored);

  const save = useMutation({
    mutationFn: (input: ModelSettingsInput) => saveModelSettings(model.id, input),
    onSuccess: async () => {
      // Wait for the fresh list so the saved values replace the draft without flickering back.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: modelStatusKey }),
        // A new capability moves the model between the chat, image and translation pickers.
        queryClient.invalidateQueries({ queryKey: availableModelsKey }),
      ]);
      setDraft(null);
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

  const update = (next: ModelSettingsInput) => {
    setDraft(next);
    setShowSaved(false);
    save.reset();
  };

  return (
    <li className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-mono text-base font-semibold break-all text-slate-900">{model.id}</h3>
        <LocationBadge location={model.location} />
        <Badge tone="slate">{t(capabilityLabelKeys[model.capability])}</Badge>
      </div>

      <form
        className="mt-4 grid gap-4 lg:grid-cols-[16rem_minmax(0,1fr)]"
        onSubmit={(event) => {
          event.preventDefault();
          if (changed) {
            save.mutate(settings);
          }
        }}
      >
        <SelectField
          label={t('modelStatus.capability')}
          aria-label={t('modelStatus.capabilityFor', { model: model.id })}
          value={settings.capability}
          onChange={(event) => {
            const capability = capabilities.find((value) => value === event.target.value);
            if (capability !== undefined) {
              update(withCapability(settings, capability, models));
            }
          }}
          disabled={save.isPending}
        >
          {capabilities.map((capability) => (
            <option key={capability} value={capability}>
              {t(capabilityLabelKeys[capability])}
            </option>
          ))}
        </SelectField>

        <FallbackChainEditor
          modelId={model.id}
          fallbacks={settings.fallbacks}
          candidates={fallbackCandidates(models, settings, model.id)}
          onChange={(fallbacks) => update({ ...settings, fallbacks })}
          disabled={save.isPending}
        />

        <div className="flex flex-wrap items-center justify-end gap-3 lg:col-span-2">
          {changed && !save.isPending && (
            <p className="mr-auto text-xs font-medium text-amber-700">{t('modelStatus.unsaved')}</p>
          )}
          {showSaved && (
            <p role="status" className="mr-auto text-xs font-medium text-emerald-700">
              {t('modelStatus.saved')}
            </p>
          )}
          {changed && (
            <Button variant="ghost" size="small" onClick={() => update(stored)} disabled={save.isPending}>
              {t('modelStatus.resetSettings')}
            </Button>
          )}
          <Button type="submit" size="small" disabled={!changed || save.isPending}>
            {save.isPending ? t('common.saving') : t('modelStatus.saveSettings')}
          </Button>
        </div>
        {save.error !== null && (
          <Alert tone="error" className="lg:col-span-2">
            {save.error.message}
          </Alert>
        )}
      </form>

      <div className="mt-5">
        <DeploymentStatusTable model={model} now={now} />
      </div>
    </li>
  );
}
