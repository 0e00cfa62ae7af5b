import type { BannedWordList, BannedWordListInput } from '@jumugwan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { inputClassName, TextField } from '../../components/text-field';
import { bannedWordLinesText, maximumWordsPerList, parseBannedWordLines } from './banned-word-lines';
import { ChoiceCards } from './choice-cards';
import { bannedWordListsQuery, createBannedWordList, updateBannedWordList } from './guard-queries';
import { bannedWordActionDisplay, bannedWordActions, type BannedWordAction } from './guard-labels';

export interface BannedWordListFormProps {
  /** The list to edit; absent to create one. */
  list?: BannedWordList;
  onDone: () => void;
}

interface FormErrors {
  name?: string;
  words?: string;
}

/** 목록 이름, 조치, 사용 여부 and the words, one a line. */
export function BannedWordListForm({ list, onDone }: BannedWordListFormProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const wordsId = useId();
  const number = new Intl.NumberFormat(i18n.language);
  const [name, setName] = useState(list?.name ?? '');
  const [action, setAction] = useState<BannedWordAction>(list?.action ?? 'block');
  const [enabled, setEnabled] = useState(list?.enabled ?? true);
  const [wordsText, setWordsText] = useState(() => bannedWordLinesText(list?.words ?? []));
  const [errors, setErrors] = useState<FormErrors>({});
  const parsed = parseBannedWordLines(wordsText);

  const save = useMutation({
    mutationFn: (input: BannedWordListInput) =>
      list === undefined ? createBannedWordList(input) : updateBannedWordList(list.id, input),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: bannedWordListsQuery.queryKey });
      onDone();
    },
  });

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FormErrors = {};
    if (name.trim() === '') {
      found.name = t('guard.validationListName');
    }
    const firstTooLong = parsed.tooLong[0];
    if (firstTooLong !== undefined) {
      found.words = t('guard.validationWordTooLong', { word: `${firstTooLong.slice(0, 30)}…` });
    } else if (parsed.words.length > maximumWordsPerList) {
      found.words = t('guard.validationTooManyWords');
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      return;
    }
    save.mutate({ name: name.trim(), action, enabled, words: parsed.words });
  };

  const describedBy = [
    `${wordsId}-count`,
    `${wordsId}-hint`,
    errors.words !== undefined && `${wordsId}-error`,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <form onSubmit={handleSubmit} noValidate className="space-y-4">
      <TextField
        label={t('guard.listName')}
        placeholder={t('guard.listNamePlaceholder')}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={errors.name}
        maxLength={100}
        required
        data-autofocus
      />
      <ChoiceCards<BannedWordAction>
        legend={t('guard.listAction')}
        options={bannedWordActions.map((value) => ({
          value,
          label: t(bannedWordActionDisplay[value].labelKey),
          hint: t(bannedWordActionDisplay[value].hintKey),
        }))}
        value={action}
        onChange={setAction}
      />
      <label className="flex items-center gap-2 text-sm font-medium text-slate-700">
        <input
          type="checkbox"
          checked={enabled}
          onChange={(event) => setEnabled(event.target.checked)}
          className="size-4 rounded border-slate-300 accent-blue-600"
        />
        {t('guard.listEnabled')}
      </label>
      <div>
        <div className="mb-1.5 flex items-baseline justify-between gap-2">
          <label htmlFor={wordsId} className="text-sm font-medium text-slate-700">
            {t('guard.words')}
          </label>
          <span id={`${wordsId}-count`} className="text-xs text-slate-500 tabular-nums" aria-live="polite">
            {t('guard.wordsCount', { value: number.format(parsed.words.length) })}
          </span>
        </div>
        <textarea
          id={wordsId}
          value={wordsText}
          onChange={(event) => setWordsText(event.target.value)}
          rows={10}
          spellCheck={false}
          aria-invalid={errors.words === undefined ? undefined : true}
          aria-describedby={describedBy}
          className={`${inputClassName} resize-y leading-6`}
        />
        <p id={`${wordsId}-hint`} className="mt-1.5 text-xs text-slate-500">
          {t('guard.wordsHint')} {t('guard.matchingNote')}
        </p>
        {errors.words !== undefined && (
          <p id={`${wordsId}-error`} className="mt-1.5 text-xs font-medium text-red-700">
            {errors.words}
          </p>
        )}
      </div>

      {save.error !== null && <Alert tone="error">{save.error.message}</Alert>}

      <div className="flex justify-end gap-2 pt-2">
        <Button variant="secondary" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" disabled={save.isPending}>
          {list === undefined
            ? save.isPending
              ? t('guard.creating')
              : t('guard.create')
            : save.isPending
              ? t('common.saving')
              : t('common.save')}
        </Button>
      </div>
    </form>
  );
}
