import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button';
import { inputClassName } from '../../components/text-field';
import { ModelPicker } from '../chat/model-picker';
import type { DraftingModel } from './use-drafting-model';

/** Revisions asked for most often, one click each. */
export const quickInstructions = ['더 간결하게', '2쪽 분량으로', '공손하게', '개조식으로'] as const;

export interface AiPanelProps {
  model: DraftingModel;
  /** The draft has been written by AI at least once (the button then says 다시 쓰기). */
  written: boolean;
  busy: boolean;
  onWrite: () => void;
  onRevise: (instruction: string) => void;
}

/** AI 작성·수정: the model, 쓰기 from the form, quick revision chips and a free instruction. */
export function AiPanel({ model, written, busy, onWrite, onRevise }: AiPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const instructionId = useId();
  const [instruction, setInstruction] = useState('');

  if (!model.loading && model.models.length === 0) {
    return (
      <section
        aria-labelledby={headingId}
        className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      >
        <h2 id={headingId} className="text-sm font-semibold text-slate-900">
          {t('drafting.ai.heading')}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t('drafting.ai.noModels')}</p>
      </section>
    );
  }

  const disabled = busy || model.modelId === null;
  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = instruction.trim();
    if (text === '' || disabled) return;
    onRevise(text);
    setInstruction('');
  };

  return (
    <section
      aria-labelledby={headingId}
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-sm font-semibold text-slate-900">
          {t('drafting.ai.heading')}
        </h2>
        <div className="flex items-center gap-2">
          <ModelPicker
            models={model.models}
            selectedId={model.modelId}
            onChange={model.choose}
            disabled={busy}
            externalDisabled={model.internal}
          />
          <Button size="small" onClick={onWrite} disabled={disabled}>
            {written ? t('drafting.ai.rewrite') : t('drafting.ai.write')}
          </Button>
        </div>
      </div>
      <p className="mt-3 text-xs font-medium text-slate-600" id={`${instructionId}-chips`}>
        {t('drafting.ai.quick')}
      </p>
      <div role="group" aria-labelledby={`${instructionId}-chips`} className="mt-1.5 flex flex-wrap gap-2">
        {quickInstructions.map((chip) => (
          <button
            key={chip}
            type="button"
            onClick={() => onRevise(chip)}
            disabled={disabled}
            className="rounded-full border border-blue-200 bg-blue-50 px-3 py-1 text-sm font-medium text-blue-800 hover:bg-blue-100 disabled:cursor-not-allowed disabled:border-slate-200 disabled:bg-slate-50 disabled:text-slate-400"
          >
            {chip}
          </button>
        ))}
      </div>
      <form onSubmit={handleSubmit} className="mt-3 flex items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor={instructionId} className="mb-1 block text-xs font-medium text-slate-600">
            {t('drafting.ai.instruction')}
          </label>
          <input
            id={instructionId}
            type="text"
            value={instruction}
            onChange={(event) => setInstruction(event.target.value)}
            placeholder={t('drafting.ai.instructionPlaceholder')}
            maxLength={1_000}
            enterKeyHint="send"
            className={inputClassName}
          />
        </div>
        <Button type="submit" variant="secondary" disabled={disabled || instruction.trim() === ''}>
          {t('drafting.ai.revise')}
        </Button>
      </form>
      {model.internal && <p className="mt-2 text-xs text-slate-500">{t('drafting.form.internalOnly')}</p>}
    </section>
  );
}
