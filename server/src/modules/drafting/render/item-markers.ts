const hangulSequence = Array.from('가나다라마바사아자차카타파하');
const circledNumbers = Array.from('①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮');
const circledHangul = Array.from('㉮㉯㉰㉱㉲㉳㉴㉵㉶㉷㉸㉹㉺㉻');

/** An item marker at the start of a line: the legal sequence (1. 가. 1) 가) (1) (가) ① ㉮) or a bullet (□ ○ - …). */
export const leadingMarkerPattern =
  /^(\d{1,2}\.|[가-하]\.|\d{1,2}\)|[가-하]\)|\(\d{1,2}\)|\([가-하]\)|[①-⑮]|[㉮-㉻]|[□■○ㅇ◦\-–ㆍ·※•])\s+/u;

/** The marker of the n-th item (0-based) in the same family as `marker`; bullets repeat. */
export function nthMarker(marker: string, index: number): string {
  const number = String(index + 1);
  const hangul = hangulSequence[index % hangulSequence.length] ?? '가';
  if (/^\d{1,2}\.$/.test(marker)) return `${number}.`;
  if (/^[가-하]\.$/.test(marker)) return `${hangul}.`;
  if (/^\d{1,2}\)$/.test(marker)) return `${number})`;
  if (/^[가-하]\)$/.test(marker)) return `${hangul})`;
  if (/^\(\d{1,2}\)$/.test(marker)) return `(${number})`;
  if (/^\([가-하]\)$/.test(marker)) return `(${hangul})`;
  if (/^[①-⑮]$/.test(marker)) return circledNumbers[index] ?? marker;
  if (/^[㉮-㉻]$/.test(marker)) return circledHangul[index] ?? marker;
  return marker;
}

/** Bullets (□ ○ -) repeat and stay when alone; the legal sequence is dropped for a single item. */
export function isSequenceMarker(marker: string): boolean {
  return nthMarker(marker, 1) !== marker;
}

export function withoutLeadingMarker(text: string): string {
  return text.replace(leadingMarkerPattern, '');
}
