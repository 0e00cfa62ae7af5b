import type { DraftDocument, TemplateSlotName } from '@jumugwan/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronIcon } from '../../components/icons';
import { inputClassName } from '../../components/text-field';
import { documentSlotNames } from './document-text';
import { multilineSlots, slotLabelKeys } from './slot-label-keys';

export interface SlotsEditorProps {
  document: DraftDocument;
  onChange: (name: TemplateSlotName, value: string) => void;
  readOnly: boolean;
}

/** 두문·결문: the header and footer slots the template fills (수신, 발신명의, 보도 시점, …), folded by default. */
export function SlotsEditor({ document, onChange, readOnly }: SlotsEditorProps) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const names = documentSlotNames(document);
  if (names.length === 0) return null;
  return (
    <details className="group rounded-xl border border-slate-200 bg-white shadow-sm">
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-xl px-4 py-3 text-sm font-semibold text-slate-900 hover:bg-slate-50 [&::-webkit-details-marker]:hidden">
        <ChevronIcon className="text-base text-slate-500 transition-transform group-open:rotate-90" />
        {t('drafting.editor.slots')}
        <span className="font-normal text-slate-500 tabular-nums">{names.length}</span>
      </summary>
      <div className="grid gap-4 border-t border-slate-100 p-4 sm:grid-cols-2">
        {names.map((name) => {
          const id = `${idPrefix}-${name}`;
          const value = document.slots[name] ?? '';
          const multiline = multilineSlots.has(name) || value.includes('\n');
          return (
            <div key={name} className={multiline ? 'sm:col-span-2' : undefined}>
              <label htmlFor={id} className="mb-1 block text-xs font-medium text-slate-600">
                {t(slotLabelKeys[name])}
              </label>
              {multiline ? (
                <textarea
                  id={id}
                  value={value}
                  onChange={(event) => onChange(name, event.target.value)}
                  readOnly={readOnly}
                  rows={Math.min(4, Math.max(2, value.split('\n').length))}
                  maxLength={300}
                  className={`${inputClassName} resize-y leading-6`}
                />
              ) : (
                <input
                  id={id}
                  type="text"
                  value={value}
                  onChange={(event) => onChange(name, event.target.value)}
                  readOnly={readOnly}
                  maxLength={300}
                  className={inputClassName}
                />
              )}
            </div>
          );
        })}
      </div>
    </details>
  );
}
