import type { DraftDocument, DraftDoneEvent, DraftVersion } from '@jumugwan/contracts';
import { useEffect, useReducer, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isAbortError, isApiError } from '../../api/api-error';
import type { DraftSource } from './draft-source';
import { generationReducer, initialGenerationState, type GenerationState } from './generation-state';

export interface DraftGeneration {
  state: GenerationState;
  /** Writes from the form (instruction null) or revises `document`; resolves when the run is over. */
  start: (
    model: string,
    instruction: string | null,
    document: DraftDocument,
    onDone: (result: DraftDoneEvent, version: DraftVersion) => void,
  ) => Promise<void>;
  stop: () => void;
  dismiss: () => void;
}

/** One generation at a time, streamed into the editor; 중지 and leaving the page abort it. */
export function useDraftGeneration(source: DraftSource): DraftGeneration {
  const { t } = useTranslation();
  const [state, dispatch] = useReducer(generationReducer, initialGenerationState);
  const controllerRef = useRef<AbortController | null>(null);

  // Leaving the editor stops the model too (the server sees the request end and saves nothing).
  useEffect(() => () => controllerRef.current?.abort(), []);

  const start: DraftGeneration['start'] = async (model, instruction, document, onDone) => {
    controllerRef.current?.abort();
    const controller = new AbortController();
    controllerRef.current = controller;
    dispatch({ type: 'start', instruction });
    // An object, so the callbacks' writes are visible to the checks after the await.
    const outcome = { finished: false };
    try {
      await source.generate({
        model,
        instruction,
        document,
        signal: controller.signal,
        onEvent: (event) => {
          if (controller.signal.aborted) return;
          if (event.type === 'delta') {
            dispatch({ type: 'delta', text: event.text });
          } else if (event.type === 'done') {
            outcome.finished = true;
            onDone(event.result, source.generated(event.result, model, instruction));
            dispatch({ type: 'done' });
          } else {
            outcome.finished = true;
            dispatch({ type: 'failed', message: event.message });
          }
        },
      });
      if (!outcome.finished && !controller.signal.aborted) dispatch({ type: 'ended' });
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) return;
      // ApiError carries the server's Korean refusal; anything else is a stream cut off mid-way.
      dispatch({
        type: 'failed',
        message: isApiError(error) ? error.message : t('drafting.generation.interrupted'),
      });
    } finally {
      if (controllerRef.current === controller) controllerRef.current = null;
    }
  };

  const stop = () => {
    controllerRef.current?.abort();
    controllerRef.current = null;
    dispatch({ type: 'stopped' });
  };

  return { state, start, stop, dismiss: () => dispatch({ type: 'dismiss' }) };
}
