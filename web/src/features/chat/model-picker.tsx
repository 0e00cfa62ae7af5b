import type { ChatModel } from '@jumugwan/contracts';
import { useTranslation } from 'react-i18next';
import { groupModelsByLocation } from './group-models-by-location';

export interface ModelPickerProps {
  models: readonly ChatModel[];
  selectedId: string | null;
  onChange: (modelId: string) => void;
  disabled?: boolean;
  /** The conversation is internal: external models stay listed but cannot be chosen. */
  externalDisabled?: boolean;
  /** Id of the line that explains why external models cannot be chosen. */
  describedBy?: string;
}

/** A native select (keyboard and screen-reader friendly everywhere), grouped into on-prem and external. */
export function ModelPicker({
  models,
  selectedId,
  onChange,
  disabled = false,
  externalDisabled = false,
  describedBy,
}: ModelPickerProps) {
  const { t } = useTranslation();
  const groups = groupModelsByLocation(models);
  return (
    <select
      aria-label={t('chat.modelPicker')}
      aria-describedby={describedBy}
      value={selectedId ?? ''}
      onChange={(event) => onChange(event.target.value)}
      disabled={disabled}
      className="h-9 max-w-[45vw] min-w-0 sm:max-w-xs rounded-lg border border-slate-300 bg-white pr-8 pl-3 text-sm font-medium text-slate-800 shadow-sm hover:border-slate-400 disabled:bg-slate-50 disabled:text-slate-400"
    >
      {selectedId === null && (
        <option value="" disabled={models.length > 0}>
          {models.length > 0 ? t('chat.noSelectableModel') : t('app.loading')}
        </option>
      )}
      {groups.internal.length > 0 && (
        <optgroup label={t('chat.modelGroupInternal')}>
          {groups.internal.map((model) => (
            <option key={model.id} value={model.id}>
              {model.id}
            </option>
          ))}
        </optgroup>
      )}
      {groups.external.length > 0 && (
        <optgroup
          label={externalDisabled ? t('chat.modelGroupExternalUnavailable') : t('chat.modelGroupExternal')}
          disabled={externalDisabled}
        >
          {groups.external.map((model) => (
            <option key={model.id} value={model.id}>
              {model.id}
            </option>
          ))}
        </optgroup>
      )}
    </select>
  );
}
