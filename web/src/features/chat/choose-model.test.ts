import type { ChatModel } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import { chooseModel } from './choose-model';

const internalA: ChatModel = { id: 'exaone-3.5-32b', location: 'internal', capability: 'chat' };
const internalB: ChatModel = { id: 'qwen2.5-72b', location: 'internal', capability: 'chat' };
const externalA: ChatModel = { id: 'gpt-4o', location: 'external', capability: 'chat' };

describe('chooseModel in an internal conversation', () => {
  it('switches a remembered external model to the first on-prem model', () => {
    expect(chooseModel([externalA, internalB, internalA], 'gpt-4o', 'internal')).toBe(internalB);
  });

  it('keeps a remembered on-prem model', () => {
    expect(chooseModel([externalA, internalB, internalA], 'exaone-3.5-32b', 'internal')).toBe(internalA);
  });

  it('offers nothing when only external models exist', () => {
    expect(chooseModel([externalA], 'gpt-4o', 'internal')).toBeNull();
    expect(chooseModel([externalA], null, 'internal')).toBeNull();
  });

  it('treats a model id served both on-prem and externally as the first one listed', () => {
    const externalTwin: ChatModel = { ...internalA, location: 'external' };
    expect(chooseModel([externalTwin, internalA], internalA.id, 'internal')).toBeNull();
    expect(chooseModel([internalA, externalTwin], internalA.id, 'internal')).toBe(internalA);
  });
});

describe('chooseModel in a normal conversation', () => {
  it('keeps a remembered external model', () => {
    expect(chooseModel([internalA, externalA], 'gpt-4o', 'normal')).toBe(externalA);
    expect(chooseModel([internalA, externalA], 'gpt-4o')).toBe(externalA);
  });
});
