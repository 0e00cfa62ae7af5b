import type { ChatModel, TranslateRequest } from '@jumugwan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isAbortError, isApiError } from '../../api/api-error';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { ElapsedProgress } from '../../components/elapsed-progress';
import { isSubmitShortcut } from '../../components/is-submit-shortcut';
import { PageFrame } from '../../components/page-frame';
import { PageHeader } from '../../components/page-header';
import { ProgressBar } from '../../components/progress-bar';
import { SelectField } from '../../components/select-field';
import { inputClassName } from '../../components/text-field';
import { groupModelsByLocation } from '../chat/group-models-by-location';
import { availableModelQueries } from '../models/available-model-queries';
import { joinParagraphs } from './join-paragraphs';
import { SourceFileButton } from './source-file-button';
import { SourceFileStatusView } from './source-file-status-view';
import { splitParagraphs } from './split-paragraphs';
import { translateInBatches, type TranslationOutcome } from './translate-in-batches';
import { translateTexts } from './translate-queries';
import { translationLanguages, type TranslationLanguage } from './translation-languages';
import { translationModelLocation } from './translation-model-location';
import { TranslationResultView } from './translation-result-view';
import { useSourceFileUpload } from './use-source-file-upload';

type Formality = NonNullable<TranslateRequest['formality']>;

const formalities = [
  { value: 'default', labelKey: 'translate.formalityDefault' },
  { value: 'more', labelKey: 'translate.formalityMore' },
  { value: 'less', labelKey: 'translate.formalityLess' },
] as const satisfies readonly { value: Formality; labelKey: string }[];

/** Per-text limit of the API, and the most paragraphs a .docx download takes. */
const maximumParagraphCharacters = 20_000;
const maximumParagraphs = 2_000;

interface Running {
  done: number;
  total: number;
}

/** /translate: text or a .txt/.docx in, paragraph-by-paragraph translation out (DeepL or a chat model). */
export function TranslatePage() {
  const { t, i18n } = useTranslation();
  const sourceId = useId();
  const statsId = useId();
  const [source, setSource] = useState('');
  const [targetLanguage, setTargetLanguage] = useState<TranslationLanguage>('en');
  const [sourceLanguage, setSourceLanguage] = useState<TranslationLanguage | ''>('');
  const [formality, setFormality] = useState<Formality>('default');
  const [modelId, setModelId] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [running, setRunning] = useState<Running | null>(null);
  // The version remounts the result view, so each new result starts with fresh download state.
  const [result, setResult] = useState<{ outcome: TranslationOutcome; version: number } | null>(null);
  const abortRef = useRef<AbortController | null>(null);
  const translationModels = useQuery(availableModelQueries.translation);
  const chatModels = useQuery(availableModelQueries.chat);
  const upload = useSourceFileUpload((extracted) => {
    setSource(joinParagraphs(extracted.paragraphs));
    setProblem(null);
  });

  // Leaving the page stops the remaining requests.
  useEffect(() => () => abortRef.current?.abort(), []);

  const paragraphs = splitParagraphs(source);
  const characters = paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
  const number = new Intl.NumberFormat(i18n.language);
  const translationList = translationModels.data ?? [];
  const chatList = chatModels.data ?? [];
  const external = translationModelLocation(modelId, translationList, chatList) === 'external';
  const stale = result !== null && result.outcome.sources.join('\n\n') !== paragraphs.join('\n\n');

  const translate = async () => {
    if (running !== null) {
      return;
    }
    if (paragraphs.length === 0) {
      setProblem(t('translate.emptySource'));
      return;
    }
    const tooLong = paragraphs.findIndex((paragraph) => paragraph.length > maximumParagraphCharacters);
    if (tooLong >= 0) {
      setProblem(t('translate.paragraphTooLong', { number: tooLong + 1 }));
      return;
    }
    if (paragraphs.length > maximumParagraphs) {
      setProblem(t('translate.tooManyParagraphs', { max: number.format(maximumParagraphs) }));
      return;
    }
    setProblem(null);
    const abortController = new AbortController();
    abortRef.current = abortController;
    setRunning({ done: 0, total: 0 });
    try {
      const outcome = await translateInBatches(
        paragraphs,
        (texts) =>
          translateTexts(
            {
              texts,
              targetLanguage,
              formality,
              ...(sourceLanguage === '' ? {} : { sourceLanguage }),
              ...(modelId === '' ? {} : { model: modelId }),
            },
            abortController.signal,
          ),
        (done, total) => setRunning((current) => (current === null ? null : { ...current, done, total })),
      );
      setResult((previous) => ({ outcome, version: (previous?.version ?? 0) + 1 }));
    } catch (error) {
      if (!isAbortError(error)) {
        setProblem(isApiError(error) ? error.message : t('errors.invalidResponse'));
      }
    } finally {
      abortRef.current = null;
      setRunning(null);
    }
  };

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void translate();
  };

  const modelOption = (model: ChatModel) => (
    <option key={model.id} value={model.id}>
      {model.location === 'external' ? t('translate.externalModelOption', { model: model.id }) : model.id}
    </option>
  );
  const translationGroups = groupModelsByLocation(translationList);
  const chatGroups = groupModelsByLocation(chatList);

  return (
    <PageFrame>
      <PageHeader title={t('translate.title')} description={t('translate.description')} />

      <form onSubmit={handleSubmit} noValidate className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
          <label htmlFor={sourceId} className="mb-1.5 block text-sm font-medium text-slate-700">
            {t('translate.source')}
          </label>
          <textarea
            id={sourceId}
            value={source}
            onChange={(event) => setSource(event.target.value)}
            onKeyDown={(event) => {
              if (
                isSubmitShortcut({
                  key: event.key,
                  ctrlKey: event.ctrlKey,
                  metaKey: event.metaKey,
                  isComposing: event.nativeEvent.isComposing,
                })
              ) {
                event.preventDefault();
                void translate();
              }
            }}
            placeholder={t('translate.sourcePlaceholder')}
            rows={14}
            aria-describedby={statsId}
            className={`${inputClassName} min-h-48 resize-y leading-6`}
          />
          <div className="mt-2 flex flex-wrap items-center justify-between gap-3">
            <p id={statsId} className="text-xs text-slate-500 tabular-nums">
              {t('translate.sourceStats', {
                paragraphs: number.format(paragraphs.length),
                characters: number.format(characters),
              })}
            </p>
            <SourceFileButton onFile={(file) => void upload.load(file)} disabled={running !== null} />
          </div>
          <SourceFileStatusView status={upload.status} />
        </div>

        <fieldset className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
          <legend className="sr-only">{t('translate.options')}</legend>
          <SelectField
            label={t('translate.targetLanguage')}
            value={targetLanguage}
            onChange={(event) => {
              const language = translationLanguages.find((code) => code === event.target.value);
              if (language !== undefined) {
                setTargetLanguage(language);
              }
            }}
          >
            {translationLanguages.map((language) => (
              <option key={language} value={language}>
                {t(`languages.${language}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('translate.sourceLanguage')}
            value={sourceLanguage}
            onChange={(event) =>
              setSourceLanguage(translationLanguages.find((code) => code === event.target.value) ?? '')
            }
          >
            <option value="">{t('translate.autoDetect')}</option>
            {translationLanguages.map((language) => (
              <option key={language} value={language}>
                {t(`languages.${language}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('translate.formality')}
            value={formality}
            onChange={(event) => {
              const chosen = formalities.find((option) => option.value === event.target.value);
              if (chosen !== undefined) {
                setFormality(chosen.value);
              }
            }}
          >
            {formalities.map((option) => (
              <option key={option.value} value={option.value}>
                {t(option.labelKey)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('translate.model')}
            value={modelId}
            onChange={(event) => setModelId(event.target.value)}
            error={translationModels.error?.message ?? chatModels.error?.message ?? null}
          >
            <option value="">{t('translate.modelAuto')}</option>
            {translationList.length > 0 && (
              <optgroup label={t('translate.modelGroupTranslation')}>
                {translationGroups.internal.map(modelOption)}
                {translationGroups.external.map(modelOption)}
              </optgroup>
            )}
            {chatList.length > 0 && (
              <optgroup label={t('translate.modelGroupChat')}>
                {chatGroups.internal.map(modelOption)}
                {chatGroups.external.map(modelOption)}
              </optgroup>
            )}
          </SelectField>
          {external && (
            <p className="rounded-lg bg-amber-50 px-3 py-2 text-xs text-amber-900 ring-1 ring-amber-200">
              {t('translate.externalNotice')}
            </p>
          )}
          <Button
            type="submit"
            className="w-full"
            disabled={running !== null || upload.status.phase === 'uploading'}
          >
            {running === null ? t('translate.submit') : t('translate.translating')}
          </Button>
        </fieldset>
      </form>

      {running !== null && (
        <ElapsedProgress className="mt-6" label={t('translate.translating')}>
          <div className="mt-2 flex flex-wrap items-center gap-3 pl-7">
            {running.total > 1 && (
              <ProgressBar
                className="min-w-48 flex-1"
                label={t('translate.progressLabel')}
                percent={(running.done / running.total) * 100}
                status={t('translate.batchProgress', { done: running.done, total: running.total })}
              />
            )}
            <Button
              variant="secondary"
              size="small"
              className="ml-auto"
              onClick={() => abortRef.current?.abort()}
            >
              {t('translate.cancel')}
            </Button>
          </div>
        </ElapsedProgress>
      )}

      {problem !== null && (
        <Alert tone="error" className="mt-6">
          {problem}
        </Alert>
      )}

      {result !== null && (
        <TranslationResultView key={result.version} outcome={result.outcome} stale={stale} />
      )}
    </PageFrame>
  );
}
