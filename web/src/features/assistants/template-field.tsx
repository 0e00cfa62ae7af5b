import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/select-field';
import { templateListQuery } from '../drafting/drafting-queries';
import { groupTemplatesByCategory } from '../drafting/template-groups';

export interface TemplateFieldProps {
  id: string;
  value: string | null;
  onChange: (templateId: string | null) => void;
  error: string | null;
}

/** 문서 작성 서식: the answers follow a drafting template's structure (none by default). */
export function TemplateField({ id, value, onChange, error }: TemplateFieldProps) {
  const { t } = useTranslation();
  const templates = useQuery(templateListQuery);
  const groups = groupTemplatesByCategory(templates.data ?? []);
  const known = (templates.data ?? []).some((template) => template.id === value);
  return (
    <div id={id}>
      <SelectField
        label={t('assistants.editor.template')}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
        hint={t('assistants.editor.templateHint')}
        error={error ?? (templates.isError ? templates.error.message : null)}
      >
        <option value="">{t('assistants.editor.noTemplate')}</option>
        {value !== null && !known && templates.isSuccess && (
          <option value={value}>{t('assistants.editor.unknownTemplate', { id: value })}</option>
        )}
        {groups.map((group) => (
          <optgroup key={group.category} label={group.category}>
            {group.templates.map((template) => (
              <option key={template.id} value={template.id}>
                {template.name}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
    </div>
  );
}
