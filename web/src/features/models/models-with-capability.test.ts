import type { ChatModel } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import { modelsWithCapability } from './models-with-capability';

describe('modelsWithCapability', () => {
  it('keeps only the asked capability, in order', () => {
    const models: ChatModel[] = [
      { id: 'qwen', location: 'internal', capability: 'chat' },
      { id: 'bge-m3', location: 'internal', capability: 'embedding' },
      { id: 'gpt-4o', location: 'external', capability: 'chat' },
      { id: 'deepl', location: 'external', capability: 'translation' },
    ];
    expect(modelsWithCapability(models, 'chat').map((model) => model.id)).toEqual(['qwen', 'gpt-4o']);
    expect(modelsWithCapability(models, 'image')).toEqual([]);
  });
});
