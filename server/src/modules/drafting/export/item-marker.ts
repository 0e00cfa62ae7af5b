// The legal sequence (1. 가. 1) 가) (1) (가) ① ㉮) and the bullets of reports and press releases.
const hangulSequence = '가나다라마바사아자차카타파하';
const itemMarkerPattern = new RegExp(
  `^(\\d{1,3}\\.|[${hangulSequence}]\\.|\\d{1,3}\\)|[${hangulSequence}]\\)|\\(\\d{1,3}\\)|\\([${hangulSequence}]\\)|[①-⑳]|[㉮-㉻]|[□■◇◆○●◦ㅇ\\-–ㆍ·•※*])\\s+`,
  'u',
);
// `붙임  1. ` (or `붙임  `): wrapped lines of an attachment line align after it.
const attachmentPrefixPattern = /^붙\s*임\s+(\d{1,3}\.\s+)?/u;

/**
 * The marker a line starts with, with the spaces after it (`가. `, `□ `, `붙임  1. `), or null: wrapped lines
 * of the paragraph are hung under the text that follows it.
 */
export function hangingPrefixOf(text: string): string | null {
  return attachmentPrefixPattern.exec(text)?.[0] ?? itemMarkerPattern.exec(text)?.[0] ?? null;
}
