import { contentEnd, isBlank, type DraftLine } from './draft-lines.js';
import { endMarkIn } from './draft-ending.js';

/** One attachment: `계획서 1부.` on the 붙임 line or on a following aligned line. */
export interface AttachmentItem {
  readonly lineIndex: number;
  /** Where the number would go: after `붙임  ` on the first line, column 0 on the others. */
  readonly prefixStart: number;
  readonly numbered: boolean;
  /** Where the attachment's name begins. */
  readonly textStart: number;
  /** End of the name and count, before any `  끝.`. */
  readonly textEnd: number;
}

export interface AttachmentBlock {
  readonly headIndex: number;
  /** `붙임` and the separator after it: [wordStart, separatorEnd) of the head line. */
  readonly wordStart: number;
  readonly separatorEnd: number;
  readonly separator: string;
  readonly word: string;
  readonly items: readonly AttachmentItem[];
}

export const attachmentHeadPattern = /^([ \t]*)(붙[ \t]*임)(?![가-힣])([ \t]*[:：]?[ \t]*)/;
const numberPattern = /^(\d{1,2})\.[ \t]*/;
const continuationPattern = /^(?:[ \t]*\d{1,2}\.[ \t]|[ \t]+\S)/;

function itemOn(line: DraftLine, lineIndex: number, prefixStart: number): AttachmentItem {
  const number = numberPattern.exec(line.text.slice(prefixStart));
  const mark = endMarkIn(line.text);
  const textEnd = mark && !mark.ownLine ? mark.spacesStart : contentEnd(line.text);
  return {
    lineIndex,
    prefixStart,
    numbered: number !== null,
    textStart: prefixStart + (number?.[0].length ?? 0),
    textEnd,
  };
}

/** The first 붙임 line and the attachment lines under it, or null. */
export function findAttachmentBlock(lines: readonly DraftLine[]): AttachmentBlock | null {
  const headIndex = lines.findIndex((line) => !line.isTable && attachmentHeadPattern.test(line.text));
  const head = lines[headIndex];
  const match = head ? attachmentHeadPattern.exec(head.text) : null;
  if (!head || !match) return null;
  const [whole, indent = '', word = '', separator = ''] = match;
  const items: AttachmentItem[] = [];
  if (!isBlank(head.text.slice(whole.length)) && endMarkIn(head.text.slice(whole.length))?.ownLine !== true) {
    items.push(itemOn(head, headIndex, whole.length));
  }
  for (let index = headIndex + 1; index < lines.length; index += 1) {
    const line = lines[index];
    if (!line || line.isTable || !continuationPattern.test(line.text) || endMarkIn(line.text)?.ownLine) break;
    const indentLength = line.text.length - line.text.trimStart().length;
    const item = itemOn(line, index, indentLength);
    items.push({ ...item, prefixStart: 0 });
  }
  return { headIndex, wordStart: indent.length, separatorEnd: whole.length, separator, word, items };
}
