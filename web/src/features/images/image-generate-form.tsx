import type { ChatModel, GeneratedImage } from '@jumugwan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { ElapsedProgress } from '../../components/elapsed-progress';
import { submitOnShortcut } from '../../components/submit-on-shortcut';
import { SelectField } from '../../components/select-field';
import { inputClassName } from '../../components/text-field';
import { chooseModel } from '../chat/choose-model';
import { groupModelsByLocation } from '../chat/group-models-by-location';
import { generateImage, imageListQuery } from './image-queries';
import { imageSizeOptions, type ImageSize } from './image-size-options';

export interface ImageGenerateFormProps {
  /** Image models; at least one. */
  models: readonly ChatModel[];
}

/** Prompt, size and model; 이미지 만들기 (or Ctrl/⌘+Enter) waits for the image, showing the time taken. */
export function ImageGenerateForm({ models }: ImageGenerateFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const promptId = useId();
  const hintId = useId();
  const errorId = useId();
  const [prompt, setPrompt] = useState('');
  const [size, setSize] = useState<ImageSize>('1024x1024');
  const [chosenModelId, setChosenModelId] = useState<string | null>(null);
  const [promptError, setPromptError] = useState<string | null>(null);
  const model = chooseModel(models, chosenModelId);
  const groups = groupModelsByLocation(models);

  const generate = useMutation({
    mutationFn: generateImage,
    onSuccess: async (image: GeneratedImage) => {
      // Show the new image at once, then let the list catch up with the server.
      queryClient.setQueryData(imageListQuery.queryKey, (list) =>
        list === undefined
          ? list
          : { images: [image, ...list.images.filter((item) => item.id !== image.id)] },
      );
      await queryClient.invalidateQueries({ queryKey: imageListQuery.queryKey });
    },
  });

  const submit = () => {
    if (generate.isPending || model === null) {
      return;
    }
    if (prompt.trim() === '') {
      setPromptError(t('images.validationPrompt'));
      return;
    }
    setPromptError(null);
    generate.mutate({ prompt: prompt.trim(), model: model.id, size });
  };

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit();
  };

  const modelOption = (option: ChatModel) => (
    <option key={option.id} value={option.id}>
      {option.id}
    </option>
  );

  return (
    <form
      onSubmit={handleSubmit}
      noValidate
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
    >
      <div>
        <label htmlFor={promptId} className="mb-1.5 block text-sm font-medium text-slate-700">
          {t('images.prompt')}
        </label>
        <textarea
          id={promptId}
          value={prompt}
          onChange={(event) => setPrompt(event.target.value)}
          onKeyDown={submitOnShortcut(submit)}
          rows={4}
          maxLength={4000}
          placeholder={t('images.promptPlaceholder')}
          aria-invalid={promptError === null ? undefined : true}
          aria-describedby={`${hintId}${promptError === null ? '' : ` ${errorId}`}`}
          className={`${inputClassName} resize-y leading-6`}
        />
        <p id={hintId} className="mt-1.5 text-xs text-slate-500">
          {t('images.promptHint')}
        </p>
        {promptError !== null && (
          <p id={errorId} className="mt-1.5 text-xs font-medium text-red-700">
            {promptError}
          </p>
        )}
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t('images.size')}
          value={size}
          onChange={(event) => {
            const chosen = imageSizeOptions.find((option) => option.value === event.target.value);
            if (chosen !== undefined) {
              setSize(chosen.value);
            }
          }}
        >
          {imageSizeOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {t(option.labelKey)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('images.model')}
          value={model?.id ?? ''}
          onChange={(event) => setChosenModelId(event.target.value)}
        >
          {groups.internal.length > 0 && (
            <optgroup label={t('chat.modelGroupInternal')}>{groups.internal.map(modelOption)}</optgroup>
          )}
          {groups.external.length > 0 && (
            <optgroup label={t('chat.modelGroupExternal')}>{groups.external.map(modelOption)}</optgroup>
          )}
        </SelectField>
      </div>

      {model?.location === 'external' && (
        <p className="rounded-lg bg-amber-50 px-3 py-2 text-xs text-amber-900 ring-1 ring-amber-200">
          {t('chat.externalModelNotice')}
        </p>
      )}

      <div className="flex justify-end">
        <Button type="submit" disabled={generate.isPending}>
          {generate.isPending ? t('images.generating') : t('images.generate')}
        </Button>
      </div>

      {generate.isPending && (
        <ElapsedProgress label={t('images.generating')} hint={t('images.generatingHint')} />
      )}
      {generate.isSuccess && <Alert tone="success">{t('images.generated')}</Alert>}
      {generate.error !== null && <Alert tone="error">{generate.error.message}</Alert>}
    </form>
  );
}
