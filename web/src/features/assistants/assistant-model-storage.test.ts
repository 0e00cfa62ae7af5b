import { describe, expect, it } from 'vitest';
import {
  parseAssistantModelChoices,
  preferredAssistantModel,
  readAssistantModelChoice,
  withAssistantModelChoice,
  writeAssistantModelChoice,
} from './assistant-model-storage';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => {
      values.set(key, value);
    },
  };
}

describe('assistant model choices', () => {
  it('reads only well-formed entries', () => {
    expect(parseAssistantModelChoices(null)).toEqual({});
    expect(parseAssistantModelChoices('not json')).toEqual({});
    expect(parseAssistantModelChoices('["a"]')).toEqual({});
    expect(parseAssistantModelChoices('{"a":"m1","b":3,"c":""}')).toEqual({ a: 'm1' });
  });

  it('moves a new choice last and forgets the oldest beyond 50', () => {
    expect(Object.entries(withAssistantModelChoice({ a: 'm1', b: 'm2' }, 'a', 'm3'))).toEqual([
      ['b', 'm2'],
      ['a', 'm3'],
    ]);
    let choices = {};
    for (let index = 0; index < 55; index += 1) {
      choices = withAssistantModelChoice(choices, `assistant-${String(index)}`, 'm');
    }
    expect(Object.keys(choices)).toHaveLength(50);
    expect(Object.keys(choices)[0]).toBe('assistant-5');
  });

  it('remembers per assistant', () => {
    const storage = memoryStorage();
    writeAssistantModelChoice('a', 'm1', storage);
    writeAssistantModelChoice('b', 'm2', storage);
    expect(readAssistantModelChoice('a', storage)).toBe('m1');
    expect(readAssistantModelChoice('c', storage)).toBeNull();
  });
});

describe('preferredAssistantModel', () => {
  it('prefers the own choice, then the default, then the general choice', () => {
    expect(preferredAssistantModel('own', 'default', 'general')).toBe('own');
    expect(preferredAssistantModel(null, 'default', 'general')).toBe('default');
    expect(preferredAssistantModel(null, null, 'general')).toBe('general');
    expect(preferredAssistantModel(null, null, null)).toBeNull();
  });
});
