import type { ChatModel, KnowledgeCollection, KnowledgeDocument } from '@jumugwan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAbortError, isApiError } from '../../api/api-error';
import { Alert } from '../../components/alert';
import { buttonClassName } from '../../components/button';
import { CopyButton } from '../../components/copy-button';
import { Dialog } from '../../components/dialog';
import { ProgressBar } from '../../components/progress-bar';
import { SelectField } from '../../components/select-field';
import { chooseModel } from '../chat/choose-model';
import { CitationList } from '../chat/citations';
import { groupModelsByLocation } from '../chat/group-models-by-location';
import { MarkdownContent } from '../chat/markdown-content';
import { readSelectedModel } from '../chat/selected-model-storage';
import { availableModelQueries } from '../models/available-model-queries';
import {
  initialSummaryState,
  summaryCopyText,
  summaryPercent,
  summaryReducer,
  type SummaryState,
} from './document-summary-state';
import { streamDocumentSummary } from './stream-document-summary';

export interface DocumentSummaryDialogProps {
  collection: KnowledgeCollection;
  /** The document to summarise; null keeps the dialog closed. */
  document: KnowledgeDocument | null;
  onClose: () => void;
}

/**
 * 요약: a map-reduce summary of one ready document, streamed with progress and shown with linked `[n]`
 * citations. Nothing is stored, so a stray backdrop click does not close it; Esc and 닫기 do, and closing
 * stops a summary still being made.
 */
export function DocumentSummaryDialog({ collection, document, onClose }: DocumentSummaryDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={document !== null}
      onClose={onClose}
      title={t('knowledge.summary.title')}
      widthClassName="max-w-3xl"
      closeOnBackdropClick={false}
    >
      {document !== null && <SummaryPanel key={document.id} collection={collection} document={document} />}
    </Dialog>
  );
}

function SummaryPanel({
  collection,
  document,
}: {
  collection: KnowledgeCollection;
  document: KnowledgeDocument;
}) {
  const { t } = useTranslation();
  const hintId = useId();
  const resultHeadingId = useId();
  const internal = collection.sensitivity === 'internal';
  const models = useQuery(availableModelQueries.chat);
  // The chat's remembered model is a good first guess; the choice here is not remembered for the chat.
  const [preferredId] = useState(readSelectedModel);
  const [pickedId, setPickedId] = useState<string | null>(null);
  const [state, dispatch] = useReducer(summaryReducer, initialSummaryState);
  const controllerRef = useRef<AbortController | null>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const previousPhase = useRef<SummaryState['phase']>(state.phase);

  const modelList = models.data ?? [];
  const modelId = pickedId ?? chooseModel(modelList, preferredId, collection.sensitivity)?.id ?? null;
  const running = state.phase === 'running';

  // Closing the dialog (or leaving the page) stops the summary: the server stops calling the model too.
  useEffect(() => () => controllerRef.current?.abort(), []);

  // The button that had focus disappears or is disabled when the phase changes: move focus to what is next.
  useEffect(() => {
    if (previousPhase.current === state.phase) {
      return;
    }
    previousPhase.current = state.phase;
    if (state.phase === 'running') {
      cancelRef.current?.focus();
    } else if (state.phase === 'finished') {
      resultRef.current?.focus();
    } else {
      startRef.current?.focus();
    }
  }, [state.phase]);

  const start = () => {
    if (modelId === null || running) {
      return;
    }
    const controller = new AbortController();
    controllerRef.current = controller;
    dispatch({ type: 'start' });
    streamDocumentSummary({
      documentId: document.id,
      model: modelId,
      signal: controller.signal,
      onEvent: (event) => {
        if (!controller.signal.aborted) {
          dispatch({ type: 'event', event });
        }
      },
    })
      .then(() => {
        if (!controller.signal.aborted) {
          dispatch({ type: 'ended' }); // ignored when the summary or an error already came
        }
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) {
          return;
        }
        // ApiError carries the server's Korean message; anything else is a stream cut off mid-way.
        dispatch(isApiError(error) ? { type: 'failed', message: error.message } : { type: 'ended' });
      })
      .finally(() => {
        if (controllerRef.current === controller) {
          controllerRef.current = null;
        }
      });
  };

  const cancel = () => {
    controllerRef.current?.abort();
    controllerRef.current = null;
    dispatch({ type: 'cancelled' });
  };

  const noModelMessage = models.isSuccess && modelId === null ? noModelText(modelList, internal) : null;
  const startLabel =
    state.phase === 'finished'
      ? t('knowledge.summary.again')
      : state.phase === 'failed'
        ? t('knowledge.summary.retry')
        : t('knowledge.summary.start');

  return (
    <div>
      <p className="text-sm text-slate-600">
        {t('knowledge.summary.description', { name: document.fileName })}
      </p>

      <div className="mt-4 flex flex-wrap items-end gap-2">
        <ModelSelect
          models={modelList}
          loading={models.isPending}
          selectedId={modelId}
          onChange={setPickedId}
          disabled={running}
          internal={internal}
          hintId={hintId}
        />
        <button
          ref={startRef}
          type="button"
          onClick={start}
          disabled={modelId === null || running}
          className={buttonClassName('primary')}
        >
          {startLabel}
        </button>
      </div>
      {internal && (
        <p id={hintId} className="mt-1.5 text-xs text-slate-500">
          {t('knowledge.summary.internalHint')}
        </p>
      )}
      {models.isError && (
        <Alert tone="error" className="mt-3">
          {models.error.message}
        </Alert>
      )}
      {noModelMessage !== null && (
        <Alert tone="warning" className="mt-3">
          {t(noModelMessage)}
        </Alert>
      )}

      {state.phase === 'running' && (
        <div className="mt-5 flex items-start gap-3">
          <ProgressBar
            className="min-w-0 flex-1"
            label={t('knowledge.summary.progressLabel', { name: document.fileName })}
            percent={summaryPercent(state)}
            status={
              state.total === null
                ? t('knowledge.summary.starting')
                : t('knowledge.summary.progress', { done: state.done, total: state.total })
            }
          />
          <button
            ref={cancelRef}
            type="button"
            onClick={cancel}
            className={buttonClassName('secondary', 'small')}
            aria-label={t('knowledge.summary.cancel')}
          >
            {t('common.cancel')}
          </button>
        </div>
      )}

      {state.phase === 'idle' && state.cancelled && (
        <Alert tone="info" className="mt-4">
          {t('knowledge.summary.cancelled')}
        </Alert>
      )}

      {state.phase === 'failed' && (
        <Alert tone="error" className="mt-4">
          {state.message ?? t('knowledge.summary.interrupted')}
        </Alert>
      )}

      {state.phase === 'finished' && (
        <section aria-labelledby={resultHeadingId} className="mt-5">
          <div className="mb-2 flex items-center justify-between gap-2">
            <h3 id={resultHeadingId} className="text-sm font-semibold text-slate-900">
              {t('knowledge.summary.resultHeading')}
            </h3>
            <CopyButton
              label={t('common.copy')}
              text={() =>
                summaryCopyText(state.text, state.citations, {
                  sources: t('chat.knowledge.sources'),
                  page: (page) => t('chat.knowledge.page', { page }),
                })
              }
            />
          </div>
          {/* Scrollable, so it takes focus for keyboard scrolling and to land on after the summary arrives. */}
          <div
            ref={resultRef}
            tabIndex={0}
            role="region"
            aria-label={t('knowledge.summary.resultRegion')}
            data-testid="document-summary"
            className="max-h-[55vh] overflow-y-auto rounded-lg border border-slate-200 p-4 focus-visible:outline-2 focus-visible:outline-blue-500"
          >
            <div className="markdown">
              <MarkdownContent text={state.text} citations={state.citations} />
            </div>
            <CitationList citations={state.citations} />
          </div>
        </section>
      )}

      <p className="mt-4 text-xs text-slate-500">{t('knowledge.summary.notSaved')}</p>
    </div>
  );
}

function noModelText(models: readonly ChatModel[], internal: boolean) {
  return internal && models.length > 0
    ? ('knowledge.summary.noInternalModel' as const)
    : ('knowledge.summary.noModels' as const);
}

/** The chat models, grouped 내부/외부 like the chat picker; an internal collection cannot use external ones. */
function ModelSelect({
  models,
  loading,
  selectedId,
  onChange,
  disabled,
  internal,
  hintId,
}: {
  models: readonly ChatModel[];
  loading: boolean;
  selectedId: string | null;
  onChange: (modelId: string) => void;
  disabled: boolean;
  internal: boolean;
  hintId: string;
}) {
  const { t } = useTranslation();
  const groups = groupModelsByLocation(models);
  return (
    <SelectField
      label={t('knowledge.summary.model')}
      value={selectedId ?? ''}
      onChange={(event) => onChange(event.target.value)}
      disabled={disabled}
      aria-describedby={internal ? hintId : undefined}
      className="min-w-0 flex-1 sm:max-w-sm"
      data-autofocus
    >
      {selectedId === null && (
        <option value="" disabled>
          {loading ? t('app.loading') : t('chat.noSelectableModel')}
        </option>
      )}
      {groups.internal.length > 0 && (
        <optgroup label={t('chat.modelGroupInternal')}>
          {groups.internal.map((model) => (
            <option key={model.id} value={model.id}>
              {model.id}
            </option>
          ))}
        </optgroup>
      )}
      {groups.external.length > 0 && (
        <optgroup
          label={internal ? t('knowledge.summary.externalUnavailable') : t('chat.modelGroupExternal')}
          disabled={internal}
        >
          {groups.external.map((model) => (
            <option key={model.id} value={model.id}>
              {model.id}
            </option>
          ))}
        </optgroup>
      )}
    </SelectField>
  );
}
