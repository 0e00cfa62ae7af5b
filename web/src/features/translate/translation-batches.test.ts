import { describe, expect, it } from 'vitest';
import { translationBatches } from './translation-batches';

describe('translationBatches', () => {
  it('sends a short text in one request', () => {
    expect(translationBatches(['가', '나'])).toEqual([['가', '나']]);
  });

  it('splits by count, keeping order', () => {
    const paragraphs = Array.from({ length: 450 }, (_, index) => `p${index}`);
    const batches = translationBatches(paragraphs);
    expect(batches.map((batch) => batch.length)).toEqual([200, 200, 50]);
    expect(batches.flat()).toEqual(paragraphs);
  });

  it('splits by characters, and sends an oversized paragraph alone', () => {
    const limits = { maxTexts: 10, maxCharacters: 10 };
    expect(translationBatches(['aaaa', 'bbbb', 'cccc', 'dddddddddddd', 'e'], limits)).toEqual([
      ['aaaa', 'bbbb'],
      ['cccc'],
      ['dddddddddddd'],
      ['e'],
    ]);
  });

  it('returns no batches for no paragraphs', () => {
    expect(translationBatches([])).toEqual([]);
  });
});
