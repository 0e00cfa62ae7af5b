import { describe, expect, it } from 'vitest';
import { indentSelection, outdentSelection, tabKeyAction, type TabKeyEvent } from './indent-text';

describe('indentSelection', () => {
  it('inserts two spaces at the caret', () => {
    expect(indentSelection('가.항목', 2, 2)).toEqual({
      text: '가.  항목',
      selectionStart: 4,
      selectionEnd: 4,
    });
  });

  it('indents every line of a selection, which still covers the whole lines', () => {
    const text = '1. 목적\n가. 첫째\n나. 둘째\n끝.';
    const start = text.indexOf('가');
    const end = text.indexOf('둘째') + 2;
    const edit = indentSelection(text, start, end);
    expect(edit.text).toBe('1. 목적\n  가. 첫째\n  나. 둘째\n끝.');
    expect(edit.text.slice(edit.selectionStart, edit.selectionEnd)).toBe('  가. 첫째\n  나. 둘째');
  });

  it('moves a selection that starts mid-line along with its line', () => {
    const edit = indentSelection('가. 첫째\n나. 둘째', 3, 9);
    expect(edit.text).toBe('  가. 첫째\n  나. 둘째');
    expect(edit.text.slice(edit.selectionStart, edit.selectionEnd)).toBe('첫째\n  나. ');
  });

  it('leaves out the line a selection ends at the very start of', () => {
    const text = '가\n나\n다';
    const edit = indentSelection(text, 0, 4);
    expect(edit.text).toBe('  가\n  나\n다');
  });
});

describe('outdentSelection', () => {
  it('removes up to two leading spaces from the caret line', () => {
    expect(outdentSelection('1.\n    가.', 9, 9)).toEqual({
      text: '1.\n  가.',
      selectionStart: 7,
      selectionEnd: 7,
    });
    expect(outdentSelection(' 가.', 3, 3)).toEqual({ text: '가.', selectionStart: 2, selectionEnd: 2 });
    expect(outdentSelection('가.', 1, 1)).toEqual({ text: '가.', selectionStart: 1, selectionEnd: 1 });
  });

  it('outdents each selected line and keeps the selection on the same text', () => {
    const text = '  가. 첫째\n    1) 둘째\n끝.';
    const edit = outdentSelection(text, 0, text.indexOf('끝'));
    expect(edit.text).toBe('가. 첫째\n  1) 둘째\n끝.');
    expect(edit.text.slice(edit.selectionStart, edit.selectionEnd)).toBe('가. 첫째\n  1) 둘째\n');
  });

  it('puts a caret inside the removed spaces at the line start', () => {
    expect(outdentSelection('  가', 1, 1)).toEqual({ text: '가', selectionStart: 0, selectionEnd: 0 });
  });
});

describe('tabKeyAction', () => {
  const key = (overrides: Partial<TabKeyEvent>): TabKeyEvent => ({
    key: 'Tab',
    shiftKey: false,
    ctrlKey: false,
    altKey: false,
    metaKey: false,
    isComposing: false,
    ...overrides,
  });

  it('indents on Tab and outdents on Shift+Tab', () => {
    expect(tabKeyAction(key({}), false)).toBe('indent');
    expect(tabKeyAction(key({ shiftKey: true }), false)).toBe('outdent');
  });

  it('lets focus leave after Esc', () => {
    expect(tabKeyAction(key({}), true)).toBe('leave');
    expect(tabKeyAction(key({ shiftKey: true }), true)).toBe('leave');
  });

  it('ignores other keys, modified Tab and Tab while Hangul is composing', () => {
    expect(tabKeyAction(key({ key: 'Enter' }), false)).toBeNull();
    expect(tabKeyAction(key({ ctrlKey: true }), false)).toBeNull();
    expect(tabKeyAction(key({ isComposing: true }), false)).toBeNull();
  });
});
