import type { TranslateResponse } from '@jumugwan/contracts';
import { translationBatches, type BatchLimits } from './translation-batches';

export interface TranslationOutcome {
  /** The paragraphs that were translated, and their translations at the same index. */
  sources: string[];
  translations: string[];
  /** Models that answered, in order of first use (a fallback may answer a later part). */
  models: string[];
  detectedSourceLanguage: string | null;
}

/** Thrown when an answer does not have one translation per paragraph sent. */
export class TranslationCountMismatchError extends Error {
  override readonly name = 'TranslationCountMismatchError';
}

/**
 * Translates paragraphs one request at a time (requests are limited in texts and size), reporting
 * progress after each, and keeps translation i next to paragraph i.
 */
export async function translateInBatches(
  paragraphs: readonly string[],
  send: (texts: string[]) => Promise<TranslateResponse>,
  onProgress: (done: number, total: number) => void,
  limits?: BatchLimits,
): Promise<TranslationOutcome> {
  const batches = translationBatches(paragraphs, limits);
  const outcome: TranslationOutcome = {
    sources: [],
    translations: [],
    models: [],
    detectedSourceLanguage: null,
  };
  onProgress(0, batches.length);
  for (const [index, batch] of batches.entries()) {
    const response = await send(batch);
    if (response.translations.length !== batch.length) {
      throw new TranslationCountMismatchError(
        `sent ${batch.length} texts, got ${response.translations.length} translations`,
      );
    }
    outcome.sources.push(...batch);
    for (const translation of response.translations) {
      outcome.translations.push(translation.text);
      outcome.detectedSourceLanguage ??= translation.detectedSourceLanguage;
    }
    if (!outcome.models.includes(response.model)) {
      outcome.models.push(response.model);
    }
    onProgress(index + 1, batches.length);
  }
  return outcome;
}
