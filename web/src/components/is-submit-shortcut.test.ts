import { describe, expect, it } from 'vitest';
import { isSubmitShortcut } from './is-submit-shortcut';

const key = (overrides: Partial<Parameters<typeof isSubmitShortcut>[0]>) => ({
  key: 'Enter',
  ctrlKey: false,
  metaKey: false,
  isComposing: false,
  ...overrides,
});

describe('isSubmitShortcut', () => {
  it('accepts Ctrl+Enter and Cmd+Enter', () => {
    expect(isSubmitShortcut(key({ ctrlKey: true }))).toBe(true);
    expect(isSubmitShortcut(key({ metaKey: true }))).toBe(true);
  });

  it('leaves plain Enter (a new line) and other keys alone', () => {
    expect(isSubmitShortcut(key({}))).toBe(false);
    expect(isSubmitShortcut(key({ key: 'a', ctrlKey: true }))).toBe(false);
  });

  it('waits while a Korean IME is composing', () => {
    expect(isSubmitShortcut(key({ ctrlKey: true, isComposing: true }))).toBe(false);
  });
});
