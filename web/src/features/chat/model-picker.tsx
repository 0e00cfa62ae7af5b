import type { ChatModel } from '@jumugwan/contracts';
import { useTranslation } from 'react-i18next';
import { groupModelsByLocation } from './group-models-by-location';

export interface ModelPickerProps {
  models: readonly ChatModel[];
  selectedId: string | null;
  onChange: (modelId: string) => void;
  disabled?: boolean;
}

/** A native select (keyboard and screen-reader friendly everywhere), grouped into on-prem and external. */
export function ModelPicker({ models, selectedId, onChange, disabled = false }: ModelPickerProps) {
  const { t } = useTranslation();
  const groups = groupModelsByLocation(models);
  return (
    <select
      aria-label={t('chat.modelPicker')}
      value={selectedId ?? ''}
      onChange={(event) => onChange(event.target.value)}
      disabled={disabled}
      className="h-9 max-w-[45vw] min-w-0 sm:max-w-xs rounded-lg border border-slate-300 bg-white pr-8 pl-3 text-sm font-medium text-slate-800 shadow-sm hover:border-slate-400 disabled:bg-slate-50 disabled:text-slate-400"
    >
      {selectedId === null && <option value="">{t('app.loading')}</option>}
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
        <optgroup label={t('chat.modelGroupExternal')}>
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
