import { describe, expect, it } from 'vitest';
import { defaultModelOptions, externalDefaultConflict } from './default-model-options';

const choices = [
  { id: 'local-a', location: 'internal' as const },
  { id: 'cloud-b', location: 'external' as const },
  { id: 'local-c', location: 'internal' as const },
];

describe('defaultModelOptions', () => {
  it('groups the choices by where they run', () => {
    expect(defaultModelOptions(choices, 'cloud-b', false)).toEqual({
      internal: [choices[0], choices[2]],
      external: [choices[1]],
      unavailable: null,
    });
  });

  it('offers only on-prem models for an assistant grounded in internal collections', () => {
    const options = defaultModelOptions(choices, 'cloud-b', true);
    expect(options.external).toEqual([]);
    expect(options.unavailable).toBe('cloud-b');
  });

  it('keeps a saved default that is no longer offered visible', () => {
    expect(defaultModelOptions(choices, 'retired', false).unavailable).toBe('retired');
    expect(defaultModelOptions(choices, null, false).unavailable).toBeNull();
  });
});

describe('externalDefaultConflict', () => {
  it('is only an external default of an on-prem assistant', () => {
    expect(externalDefaultConflict(choices, 'cloud-b', true)).toBe(true);
    expect(externalDefaultConflict(choices, 'cloud-b', false)).toBe(false);
    expect(externalDefaultConflict(choices, 'local-a', true)).toBe(false);
    expect(externalDefaultConflict(choices, null, true)).toBe(false);
  });
});
