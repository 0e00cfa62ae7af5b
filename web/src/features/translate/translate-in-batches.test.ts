import type { TranslateResponse } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import { translateInBatches, TranslationCountMismatchError } from './translate-in-batches';

function fakeTranslator(model: (call: number) => string) {
  const calls: string[][] = [];
  const send = (texts: string[]): Promise<TranslateResponse> => {
    calls.push(texts);
    return Promise.resolve({
      model: model(calls.length),
      translations: texts.map((text) => ({ text: `EN(${text})`, detectedSourceLanguage: 'KO' })),
    });
  };
  return { calls, send };
}

describe('translateInBatches', () => {
  it('keeps every translation next to its paragraph across requests', async () => {
    const paragraphs = ['가', '나', '다', '라', '마'];
    const translator = fakeTranslator(() => 'deepl');
    const progress: string[] = [];
    const outcome = await translateInBatches(
      paragraphs,
      translator.send,
      (done, total) => progress.push(`${done}/${total}`),
      { maxTexts: 2, maxCharacters: 1000 },
    );
    expect(translator.calls).toEqual([['가', '나'], ['다', '라'], ['마']]);
    expect(outcome.sources).toEqual(paragraphs);
    expect(outcome.translations).toEqual(paragraphs.map((text) => `EN(${text})`));
    expect(outcome.models).toEqual(['deepl']);
    expect(outcome.detectedSourceLanguage).toBe('KO');
    expect(progress).toEqual(['0/3', '1/3', '2/3', '3/3']);
  });

  it('lists every model that answered a part', async () => {
    const translator = fakeTranslator((call) => (call === 1 ? 'deepl' : 'exaone'));
    const outcome = await translateInBatches(['가', '나', '다'], translator.send, () => undefined, {
      maxTexts: 1,
      maxCharacters: 1000,
    });
    expect(outcome.models).toEqual(['deepl', 'exaone']);
  });

  it('refuses an answer with a different number of translations', async () => {
    const send = () => Promise.resolve({ model: 'x', translations: [] });
    await expect(translateInBatches(['가'], send, () => undefined)).rejects.toBeInstanceOf(
      TranslationCountMismatchError,
    );
  });
});
