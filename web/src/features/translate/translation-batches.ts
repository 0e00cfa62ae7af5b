export interface BatchLimits {
  /** Texts per request (the API takes up to 200). */
  maxTexts: number;
  /** Characters per request, to stay well under the server's request size limit. */
  maxCharacters: number;
}

export const defaultBatchLimits: BatchLimits = { maxTexts: 200, maxCharacters: 30_000 };

/**
 * Groups paragraphs, in order, into requests within the limits. A paragraph longer than the character
 * limit goes alone (the per-text limit is checked separately), so every paragraph is sent exactly once.
 */
export function translationBatches(
  paragraphs: readonly string[],
  limits: BatchLimits = defaultBatchLimits,
): string[][] {
  const batches: string[][] = [];
  let current: string[] = [];
  let characters = 0;
  for (const paragraph of paragraphs) {
    if (
      current.length > 0 &&
      (current.length >= limits.maxTexts || characters + paragraph.length > limits.maxCharacters)
    ) {
      batches.push(current);
      current = [];
      characters = 0;
    }
    current.push(paragraph);
    characters += paragraph.length;
  }
  if (current.length > 0) {
    batches.push(current);
  }
  return batches;
}
