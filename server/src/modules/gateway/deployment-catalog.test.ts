import { describe, expect, it } from 'vitest';
import { guessCapability } from './deployment-catalog.js';

describe('guessCapability', () => {
  it.each([
    ['LGAI-EXAONE/EXAONE-3.5-32B-Instruct', 'openai-compatible', 'chat'],
    ['gpt-4o', 'openai-compatible', 'chat'],
    ['BAAI/bge-m3', 'openai-compatible', 'embedding'],
    ['text-embedding-3-small', 'openai-compatible', 'embedding'],
    ['BAAI/bge-reranker-v2-m3', 'openai-compatible', 'rerank'],
    ['dall-e-3', 'openai-compatible', 'image'],
    ['gpt-image-1', 'openai-compatible', 'image'],
    ['deepl', 'deepl', 'translation'],
    ['claude-sonnet-4', 'anthropic', 'chat'],
  ] as const)('%s (%s) → %s', (modelId, provider, capability) => {
    expect(guessCapability(modelId, provider)).toBe(capability);
  });
});
