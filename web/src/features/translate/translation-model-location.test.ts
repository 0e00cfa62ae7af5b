import type { ChatModel } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import { translationModelLocation } from './translation-model-location';

const deepl: ChatModel = { id: 'deepl', location: 'external', capability: 'translation' };
const exaone: ChatModel = { id: 'exaone', location: 'internal', capability: 'chat' };
const gpt: ChatModel = { id: 'gpt-4o', location: 'external', capability: 'chat' };

describe('translationModelLocation', () => {
  it('uses the chosen model', () => {
    expect(translationModelLocation('exaone', [deepl], [exaone, gpt])).toBe('internal');
    expect(translationModelLocation('gpt-4o', [deepl], [exaone, gpt])).toBe('external');
  });

  it('expects DeepL first for automatic, else an on-prem chat model', () => {
    expect(translationModelLocation('', [deepl], [exaone])).toBe('external');
    expect(translationModelLocation('', [], [exaone, gpt])).toBe('internal');
  });
});
