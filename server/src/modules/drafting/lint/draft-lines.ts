/** One line of a draft body, with its place in the whole text so findings can carry offsets. */
export interface DraftLine {
  /** 1-based, as in findings. */
  readonly number: number;
  /** Offset of the line's first character in the whole text. */
  readonly start: number;
  /** Offset just past the line's last character, before its line break. */
  readonly end: number;
  readonly text: string;
  /** A Markdown pipe-table row (or its `| --- |` separator). */
  readonly isTable: boolean;
}

// Split like kordoc (/\r?\n/) so its line numbers and ours agree.
const lineBreakPattern = /\r?\n/g;
const tableRowPattern = /^[ \t]*\|/;
const tableSeparatorPattern = /^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?::?-{3,}:?[ \t]*)?$/;

export function splitDraftLines(text: string): DraftLine[] {
  const lines: DraftLine[] = [];
  let start = 0;
  const push = (end: number): void => {
    const lineText = text.slice(start, end);
    lines.push({
      number: lines.length + 1,
      start,
      end,
      text: lineText,
      isTable: tableRowPattern.test(lineText),
    });
  };
  for (const match of text.matchAll(lineBreakPattern)) {
    push(match.index);
    start = match.index + match[0].length;
  }
  push(text.length);
  return lines;
}

export function isTableSeparator(text: string): boolean {
  return tableSeparatorPattern.test(text);
}

export function isBlank(text: string): boolean {
  return text.trim() === '';
}

/** Index of the last line with any text, or -1. */
export function lastContentLineIndex(lines: readonly DraftLine[]): number {
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const line = lines[index];
    if (line && !isBlank(line.text)) return index;
  }
  return -1;
}

/** Offset within the line just past its last non-space character. */
export function contentEnd(text: string): number {
  return text.trimEnd().length;
}

/** Offset within the line of its first non-space character. */
export function contentStart(text: string): number {
  return text.length - text.trimStart().length;
}
