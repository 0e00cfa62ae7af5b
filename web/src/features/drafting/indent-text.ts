/** Public documents indent each item level by two spaces (1. → 가. → 1) → 가)). */
export const indentUnit = '  ';

export interface TextEdit {
  text: string;
  selectionStart: number;
  selectionEnd: number;
}

function lineStartAt(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Starts of the lines a selection touches; a selection ending right at a line start leaves that line out. */
function touchedLineStarts(text: string, start: number, end: number): number[] {
  const last = end > start && text[end - 1] === '\n' ? end - 1 : end;
  const starts = [lineStartAt(text, start)];
  for (
    let index = text.indexOf('\n', start);
    index !== -1 && index < last;
    index = text.indexOf('\n', index + 1)
  ) {
    starts.push(index + 1);
  }
  return starts;
}

/**
 * Tab: with no selection, two spaces at the caret; with a selection, every touched line moves one
 * level in, and the selection still covers the same text.
 */
export function indentSelection(text: string, start: number, end: number): TextEdit {
  if (start === end) {
    const caret = start + indentUnit.length;
    return {
      text: text.slice(0, start) + indentUnit + text.slice(end),
      selectionStart: caret,
      selectionEnd: caret,
    };
  }
  const starts = touchedLineStarts(text, start, end);
  let result = '';
  let previous = 0;
  for (const lineStart of starts) {
    result += text.slice(previous, lineStart) + indentUnit;
    previous = lineStart;
  }
  result += text.slice(previous);
  const firstLineStart = starts[0] ?? 0;
  return {
    text: result,
    selectionStart: start === firstLineStart ? start : start + indentUnit.length,
    selectionEnd: end + indentUnit.length * starts.length,
  };
}

/** Shift+Tab: every touched line (the caret's line without a selection) loses up to two leading spaces. */
export function outdentSelection(text: string, start: number, end: number): TextEdit {
  const starts = touchedLineStarts(text, start, end);
  let result = '';
  let previous = 0;
  let selectionStart = start;
  let selectionEnd = end;
  for (const lineStart of starts) {
    let removed = 0;
    while (removed < indentUnit.length && text[lineStart + removed] === ' ') removed += 1;
    result += text.slice(previous, lineStart);
    previous = lineStart + removed;
    // A selection edge inside the removed spaces lands on the line's new first character.
    if (start > lineStart) selectionStart -= Math.min(removed, start - lineStart);
    if (end > lineStart) selectionEnd -= Math.min(removed, end - lineStart);
  }
  result += text.slice(previous);
  return { text: result, selectionStart, selectionEnd };
}

export interface TabKeyEvent {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  /** True while Hangul is still being composed. */
  isComposing: boolean;
}

/**
 * What a key press in the body does. Tab indents and Shift+Tab outdents instead of moving focus, so
 * keyboard users need a way out: Esc first, then Tab (or Shift+Tab) moves focus as usual.
 */
export function tabKeyAction(
  event: TabKeyEvent,
  escapedBefore: boolean,
): 'indent' | 'outdent' | 'leave' | null {
  if (event.key !== 'Tab' || event.ctrlKey || event.altKey || event.metaKey || event.isComposing) {
    return null;
  }
  if (escapedBefore) return 'leave';
  return event.shiftKey ? 'outdent' : 'indent';
}
