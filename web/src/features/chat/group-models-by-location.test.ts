import type { ChatModel } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import { chooseModel } from './choose-model';
import { groupModelsByLocation } from './group-models-by-location';

const internalA: ChatModel = { id: 'exaone-3.5-32b', location: 'internal', capability: 'chat' };
const internalB: ChatModel = { id: 'qwen2.5-72b', location: 'internal', capability: 'chat' };
const externalA: ChatModel = { id: 'gpt-4o', location: 'external', capability: 'chat' };

describe('groupModelsByLocation', () => {
  it('splits by location and keeps the server order', () => {
    expect(groupModelsByLocation([externalA, internalB, internalA])).toEqual({
      internal: [internalB, internalA],
      external: [externalA],
    });
  });

  it('lists a model id offered by two endpoints once', () => {
    expect(groupModelsByLocation([internalA, { ...internalA }]).internal).toEqual([internalA]);
  });

  it('handles no models', () => {
    expect(groupModelsByLocation([])).toEqual({ internal: [], external: [] });
  });
});

describe('chooseModel', () => {
  it('keeps the remembered model while it is offered', () => {
    expect(chooseModel([internalA, externalA], 'gpt-4o')).toBe(externalA);
  });

  it('prefers an on-prem model when the remembered one is gone', () => {
    expect(chooseModel([externalA, internalB], 'removed-model')).toBe(internalB);
    expect(chooseModel([externalA, internalB], null)).toBe(internalB);
  });

  it('falls back to an external model, or nothing', () => {
    expect(chooseModel([externalA], null)).toBe(externalA);
    expect(chooseModel([], 'gpt-4o')).toBeNull();
  });
});
