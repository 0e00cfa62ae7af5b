import { describe, expect, it } from 'vitest';
import { fallbackCandidates, sameSettings, withCapability, type ModelSummary } from './model-settings-draft';

const models: ModelSummary[] = [
  { id: 'exaone', capability: 'chat' },
  { id: 'qwen', capability: 'chat' },
  { id: 'gpt-4o', capability: 'chat' },
  { id: 'bge-m3', capability: 'embedding' },
  { id: 'deepl', capability: 'translation' },
];

describe('fallbackCandidates', () => {
  it('offers other models of the same capability that are not chosen yet, in list order', () => {
    expect(fallbackCandidates(models, { capability: 'chat', fallbacks: ['gpt-4o'] }, 'exaone')).toEqual([
      'qwen',
    ]);
  });

  it('follows the draft capability, not the stored one', () => {
    expect(fallbackCandidates(models, { capability: 'translation', fallbacks: [] }, 'exaone')).toEqual([
      'deepl',
    ]);
  });

  it('offers nothing when the model is alone in its capability', () => {
    expect(fallbackCandidates(models, { capability: 'embedding', fallbacks: [] }, 'bge-m3')).toEqual([]);
  });
});

describe('withCapability', () => {
  it('drops fallbacks of another capability and keeps unknown ids', () => {
    expect(
      withCapability(
        { capability: 'chat', fallbacks: ['qwen', 'removed-model', 'deepl'] },
        'translation',
        models,
      ),
    ).toEqual({ capability: 'translation', fallbacks: ['removed-model', 'deepl'] });
  });
});

describe('sameSettings', () => {
  it('compares capability and fallback order', () => {
    const stored = { capability: 'chat' as const, fallbacks: ['qwen', 'gpt-4o'] };
    expect(sameSettings(stored, { capability: 'chat', fallbacks: ['qwen', 'gpt-4o'] })).toBe(true);
    expect(sameSettings(stored, { capability: 'chat', fallbacks: ['gpt-4o', 'qwen'] })).toBe(false);
    expect(sameSettings(stored, { capability: 'chat', fallbacks: ['qwen'] })).toBe(false);
    expect(sameSettings(stored, { capability: 'image', fallbacks: ['qwen', 'gpt-4o'] })).toBe(false);
  });
});
