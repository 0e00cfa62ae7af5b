import type { TFunction } from 'i18next';
import { isDefinitionField } from './definition-fields';

/** The name of the field a problem is about, for the list of problems above the form. */
export function problemFieldLabel(t: TFunction, key: string): string {
  const starter = /^starters\.(\d+)/u.exec(key);
  if (starter !== null) {
    return t('assistants.editor.starterLabel', { number: Number(starter[1]) + 1 });
  }
  const file = /^expectedFiles\.(\d+)(?:\.(\w+))?/u.exec(key);
  if (file !== null) {
    const number = Number(file[1]) + 1;
    switch (file[2]) {
      case 'description':
        return t('assistants.editor.fileDescription', { number });
      case 'formats':
        return t('assistants.editor.fileFormats', { number });
      case 'required':
        return t('assistants.editor.fileRequired', { number });
      default:
        return t('assistants.editor.fileLabel', { number });
    }
  }
  const field = key.split('.')[0] ?? key;
  return isDefinitionField(field) ? t(`assistants.fields.${field}`) : key;
}
