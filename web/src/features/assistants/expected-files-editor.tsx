import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button';
import { CheckboxField } from '../../components/checkbox-field';
import { TrashIcon } from '../../components/icons';
import { TextField } from '../../components/text-field';
import { toggledFormat, type ExpectedFileDraft } from './definition-draft';
import { EditableListFieldset } from './editable-list-fieldset';
import { expectedFileFormats, formatLabel } from './expected-file-formats';

/** The contract allows five kinds of expected files. */
export const maximumExpectedFiles = 5;

/** The element id of one part of an expected file in the form (for focusing a problem). */
export function expectedFileFieldId(
  idPrefix: string,
  key: string,
  part: 'label' | 'description' | 'formats' | 'required',
): string {
  return `${idPrefix}-file-${key}-${part}`;
}

export interface ExpectedFilesEditorProps {
  idPrefix: string;
  files: readonly ExpectedFileDraft[];
  onChange: (files: ExpectedFileDraft[]) => void;
  newKey: () => string;
  errorFor: (key: string) => string | null;
}

/** 받을 파일: what the assistant asks users to attach (label, description, formats, required or not). */
export function ExpectedFilesEditor({
  idPrefix,
  files,
  onChange,
  newKey,
  errorFor,
}: ExpectedFilesEditorProps) {
  const { t } = useTranslation();
  const listError = errorFor('expectedFiles');

  const update = (key: string, change: Partial<ExpectedFileDraft>) =>
    onChange(files.map((file) => (file.key === key ? { ...file, ...change } : file)));

  const add = () => {
    const key = newKey();
    onChange([
      ...files,
      { key, label: '', description: '', formats: ['hwp', 'hwpx', 'pdf'], required: false },
    ]);
    requestAnimationFrame(() =>
      document
        .getElementById(expectedFileFieldId(idPrefix, key, 'label'))
        ?.querySelector<HTMLInputElement>('input')
        ?.focus(),
    );
  };

  return (
    <EditableListFieldset
      id={`${idPrefix}-expectedFiles`}
      legend={t('assistants.editor.expectedFiles')}
      hint={t('assistants.editor.expectedFilesHint', { max: maximumExpectedFiles })}
      isEmpty={files.length === 0}
      addLabel={t('assistants.editor.addFile')}
      onAdd={add}
      canAdd={files.length < maximumExpectedFiles}
      error={listError}
    >
      <ol className="mt-3 space-y-3">
        {files.map((file, index) => {
          const path = `expectedFiles.${String(index)}`;
          const number = index + 1;
          const formatsError = errorFor(`${path}.formats`);
          return (
            <li
              key={file.key}
              data-testid="expected-file-editor"
              className="rounded-lg border border-slate-200 bg-slate-50 p-3"
            >
              <div className="mb-2 flex items-center justify-between gap-2">
                <p className="text-sm font-semibold text-slate-800">
                  {t('assistants.editor.expectedFileNumber', { number })}
                </p>
                <Button
                  variant="ghost"
                  size="small"
                  onClick={() => onChange(files.filter((item) => item.key !== file.key))}
                >
                  <TrashIcon />
                  {t('assistants.editor.removeFile', { number })}
                </Button>
              </div>
              <div className="grid gap-3 md:grid-cols-2">
                <div id={expectedFileFieldId(idPrefix, file.key, 'label')}>
                  <TextField
                    label={t('assistants.editor.fileLabel', { number })}
                    value={file.label}
                    maxLength={80}
                    placeholder={t('assistants.editor.fileLabelPlaceholder')}
                    onChange={(event) => update(file.key, { label: event.target.value })}
                    error={errorFor(`${path}.label`)}
                  />
                </div>
                <div id={expectedFileFieldId(idPrefix, file.key, 'description')}>
                  <TextField
                    label={t('assistants.editor.fileDescription', { number })}
                    value={file.description}
                    maxLength={300}
                    placeholder={t('assistants.editor.fileDescriptionPlaceholder')}
                    onChange={(event) => update(file.key, { description: event.target.value })}
                    error={errorFor(`${path}.description`)}
                  />
                </div>
              </div>
              <fieldset
                id={expectedFileFieldId(idPrefix, file.key, 'formats')}
                className="mt-3"
                aria-describedby={
                  formatsError === null ? undefined : `${idPrefix}-file-${file.key}-formats-error`
                }
              >
                <legend className="mb-1 text-xs font-medium text-slate-700">
                  {t('assistants.editor.fileFormats', { number })}
                </legend>
                <div className="flex flex-wrap gap-x-4 gap-y-1.5">
                  {expectedFileFormats.map((format) => (
                    <label key={format} className="flex items-center gap-1.5 text-sm text-slate-800">
                      <input
                        type="checkbox"
                        checked={file.formats.includes(format)}
                        onChange={(event) =>
                          update(file.key, {
                            formats: toggledFormat(
                              file.formats,
                              format,
                              event.target.checked,
                              expectedFileFormats,
                            ),
                          })
                        }
                        aria-invalid={formatsError === null ? undefined : true}
                        className="size-4 accent-blue-600"
                      />
                      {formatLabel(format)}
                    </label>
                  ))}
                </div>
                {formatsError !== null && (
                  <p
                    id={`${idPrefix}-file-${file.key}-formats-error`}
                    className="mt-1.5 text-xs font-medium text-red-700"
                  >
                    {formatsError}
                  </p>
                )}
              </fieldset>
              <div id={expectedFileFieldId(idPrefix, file.key, 'required')} className="mt-3">
                <CheckboxField
                  label={t('assistants.editor.fileRequired', { number })}
                  hint={t('assistants.editor.fileRequiredHint')}
                  checked={file.required}
                  onChange={(required) => update(file.key, { required })}
                />
              </div>
            </li>
          );
        })}
      </ol>
    </EditableListFieldset>
  );
}
