/** Item markers by level: 1. → 가. → 1) → 가) → (1) → (가) → ① → ㉮. */
export const itemLevelCount = 8;

const hangulOrder = '가나다라마바사아자차카타파하';
// Past 하 the sequence goes on 거너더…, 고노도…, as kordoc numbers them.
const initialOffsets = [0, 2, 3, 5, 6, 7, 9, 11, 12, 14, 15, 16, 17, 18];
const vowelOffsets = [0, 4, 8, 13, 18, 20];

function hangulOrdinal(index: number): string {
  const position = index - 1;
  const initial = initialOffsets[position % initialOffsets.length] ?? 0;
  const vowel =
    vowelOffsets[Math.min(Math.floor(position / initialOffsets.length), vowelOffsets.length - 1)] ?? 0;
  return String.fromCharCode(0xac00 + initial * 588 + vowel * 28);
}

function circledNumber(index: number): string {
  if (index <= 20) return String.fromCharCode(0x2460 + index - 1);
  if (index <= 35) return String.fromCharCode(0x3251 + index - 21);
  if (index <= 50) return String.fromCharCode(0x32b1 + index - 36);
  return `(${index})`;
}

function circledNumberIndex(marker: string): number {
  const code = marker.charCodeAt(0);
  if (code >= 0x2460 && code <= 0x2473) return code - 0x2460 + 1;
  if (code >= 0x3251 && code <= 0x325f) return code - 0x3251 + 21;
  return code - 0x32b1 + 36;
}

export function formatItemMarker(level: number, index: number): string {
  switch (level) {
    case 1:
      return `${index}.`;
    case 2:
      return `${hangulOrdinal(index)}.`;
    case 3:
      return `${index})`;
    case 4:
      return `${hangulOrdinal(index)})`;
    case 5:
      return `(${index})`;
    case 6:
      return `(${hangulOrdinal(index)})`;
    case 7:
      return circledNumber(index);
    default:
      return index <= 14 ? String.fromCharCode(0x326e + index - 1) : hangulOrdinal(index);
  }
}

/** An item line: indentation, marker (its family's level and its index in that family), spaces, text. */
export interface ItemLine {
  readonly indent: string;
  readonly level: number;
  readonly index: number;
  readonly markerStart: number;
  readonly markerEnd: number;
  /** End of the spaces after the marker, where the item's text begins. */
  readonly textStart: number;
}

const hangulClass = `[${hangulOrder}]`;
const itemPattern = new RegExp(
  `^([ \\t]*)(?:(\\d{1,2})\\.|(${hangulClass})\\.|(\\d{1,2})\\)|(${hangulClass})\\)|\\((\\d{1,2})\\)|\\((${hangulClass})\\)|([\\u2460-\\u2473\\u3251-\\u325f\\u32b1-\\u32bf])|([\\u326e-\\u327b]))([ \\t]*)`,
);
// 7. 31.(목) at the start of a line is a date, not item 7.
const leadingDatePattern = /^[ \t]*\d{1,2}\.[ \t]*\d{1,2}\./;
const hangulStartPattern = /^[가-힣]/;

export function parseItemLine(text: string): ItemLine | null {
  const match = itemPattern.exec(text);
  if (!match || leadingDatePattern.test(text)) return null;
  const [whole, indent = ''] = match;
  // Groups of families that did not match are undefined at run time, whatever RegExpExecArray says.
  const groups: (string | undefined)[] = match.slice(2);
  const spaces = groups[8] ?? '';
  const rest = text.slice(whole.length);
  if (rest.trim() === '') return null;
  const familyIndex = groups.slice(0, 8).findIndex((group) => group !== undefined);
  const marker = groups[familyIndex] ?? '';
  const level = familyIndex + 1;
  // Without a space only a number or circled marker glued to Korean text counts ("1.내용", "①모든"),
  // so "가.나" or "1.5배" are not taken for items.
  const numeric = level === 1 || level === 3 || level === 5 || level === 7;
  if (spaces === '' && !(numeric && hangulStartPattern.test(rest))) return null;
  const index =
    level === 7
      ? circledNumberIndex(marker)
      : level === 8
        ? marker.charCodeAt(0) - 0x326e + 1
        : /\d/.test(marker)
          ? Number(marker)
          : hangulOrder.indexOf(marker) + 1;
  const markerStart = indent.length;
  const markerEnd = whole.length - spaces.length;
  return { indent, level, index, markerStart, markerEnd, textStart: whole.length };
}
