import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button';
import { ArrowDownIcon, ArrowUpIcon, TrashIcon } from '../../components/icons';
import { inputClassName } from '../../components/text-field';
import { movedItem, type StarterDraft } from './definition-draft';
import { EditableListFieldset } from './editable-list-fieldset';

/** The contract allows six starters. */
export const maximumStarters = 6;

export function starterInputId(idPrefix: string, key: string): string {
  return `${idPrefix}-starter-${key}`;
}

export interface StartersEditorProps {
  idPrefix: string;
  starters: readonly StarterDraft[];
  onChange: (starters: StarterDraft[]) => void;
  newKey: () => string;
  /** The message for the list (`starters`) and for each item by index (`starters.2`). */
  errorFor: (key: string) => string | null;
}

/** 대화 시작 문구: questions shown as buttons on an empty chat; added, reworded, reordered and removed here. */
export function StartersEditor({ idPrefix, starters, onChange, newKey, errorFor }: StartersEditorProps) {
  const { t } = useTranslation();
  const listError = errorFor('starters');

  const add = () => {
    const key = newKey();
    onChange([...starters, { key, text: '' }]);
    // The new box takes the focus once it is on the page.
    requestAnimationFrame(() => document.getElementById(starterInputId(idPrefix, key))?.focus());
  };

  return (
    <EditableListFieldset
      id={`${idPrefix}-starters`}
      legend={t('assistants.editor.starters')}
      hint={t('assistants.editor.startersHint', { max: maximumStarters })}
      isEmpty={starters.length === 0}
      addLabel={t('assistants.editor.addStarter')}
      onAdd={add}
      canAdd={starters.length < maximumStarters}
      error={listError}
    >
      <ol className="mt-3 space-y-2">
        {starters.map((starter, index) => {
          const inputId = starterInputId(idPrefix, starter.key);
          const error = errorFor(`starters.${String(index)}`);
          const label = t('assistants.editor.starterLabel', { number: index + 1 });
          return (
            <li key={starter.key}>
              <div className="flex items-center gap-1.5">
                <label
                  htmlFor={inputId}
                  className="w-6 shrink-0 text-right text-xs text-slate-500 tabular-nums"
                >
                  <span aria-hidden="true">{index + 1}.</span>
                  <span className="sr-only">{label}</span>
                </label>
                <input
                  id={inputId}
                  type="text"
                  value={starter.text}
                  maxLength={200}
                  placeholder={t('assistants.editor.starterPlaceholder')}
                  aria-invalid={error === null ? undefined : true}
                  aria-describedby={error === null ? undefined : `${inputId}-error`}
                  onChange={(event) =>
                    onChange(
                      starters.map((item) =>
                        item.key === starter.key ? { ...item, text: event.target.value } : item,
                      ),
                    )
                  }
                  className={inputClassName}
                />
                <Button
                  variant="ghost"
                  size="small"
                  aria-label={t('assistants.editor.moveUp', { name: label })}
                  disabled={index === 0}
                  onClick={() => onChange(movedItem(starters, index, -1))}
                >
                  <ArrowUpIcon />
                </Button>
                <Button
                  variant="ghost"
                  size="small"
                  aria-label={t('assistants.editor.moveDown', { name: label })}
                  disabled={index === starters.length - 1}
                  onClick={() => onChange(movedItem(starters, index, 1))}
                >
                  <ArrowDownIcon />
                </Button>
                <Button
                  variant="ghost"
                  size="small"
                  aria-label={t('assistants.editor.remove', { name: label })}
                  onClick={() => onChange(starters.filter((item) => item.key !== starter.key))}
                >
                  <TrashIcon />
                </Button>
              </div>
              {error !== null && (
                <p id={`${inputId}-error`} className="mt-1 ml-8 text-xs font-medium text-red-700">
                  {error}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </EditableListFieldset>
  );
}
