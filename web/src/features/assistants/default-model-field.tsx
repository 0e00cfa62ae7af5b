import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/select-field';
import { assistantModelsQuery } from './assistant-queries';
import { defaultModelOptions, externalDefaultConflict } from './default-model-options';

export interface DefaultModelFieldProps {
  id: string;
  value: string | null;
  onChange: (modelId: string | null) => void;
  /** A chosen collection is internal: only on-prem models may answer, so only they are offered. */
  onPremRequired: boolean;
  error: string | null;
}

/** 기본 모델: none (each user's own choice) or a chat model, grouped 내부 / 외부. */
export function DefaultModelField({ id, value, onChange, onPremRequired, error }: DefaultModelFieldProps) {
  const { t } = useTranslation();
  const models = useQuery(assistantModelsQuery);
  const choices = models.data ?? [];
  const options = defaultModelOptions(choices, value, onPremRequired);
  const conflict = externalDefaultConflict(choices, value, onPremRequired);
  const shownError =
    error ??
    (conflict ? t('assistants.editor.externalModelConflict') : null) ??
    (models.isError ? models.error.message : null);

  return (
    <div id={id}>
      <SelectField
        label={t('assistants.editor.defaultModel')}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
        hint={
          onPremRequired ? t('assistants.editor.onPremOnlyModels') : t('assistants.editor.defaultModelHint')
        }
        error={shownError}
      >
        <option value="">{t('assistants.editor.userModel')}</option>
        {options.unavailable !== null && (
          <option value={options.unavailable}>
            {t('assistants.editor.unavailableModel', { model: options.unavailable })}
          </option>
        )}
        {options.internal.length > 0 && (
          <optgroup label={t('chat.modelGroupInternal')}>
            {options.internal.map((model) => (
              <option key={model.id} value={model.id}>
                {model.id}
              </option>
            ))}
          </optgroup>
        )}
        {options.external.length > 0 && (
          <optgroup label={t('chat.modelGroupExternal')}>
            {options.external.map((model) => (
              <option key={model.id} value={model.id}>
                {model.id}
              </option>
            ))}
          </optgroup>
        )}
      </SelectField>
    </div>
  );
}
