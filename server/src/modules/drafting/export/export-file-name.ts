import type { ExportFormat } from '@jumugwan/contracts';

const maximumLength = 80;
// Cut between what a reader sees as one character, so that no emoji or combined letter is split.
const graphemes = new Intl.Segmenter('ko', { granularity: 'grapheme' });
// Path separators, characters Windows refuses in names, controls and quotes that break headers.
const unsafeCharacters = /[\\/:*?"<>|\p{Cc}\p{Cf}'`]/gu;

/**
 * A safe file name for the document: `2026년_보도자료.hwpx`. Unsafe characters and spaces become `_`, runs of
 * them one, leading dots go (no hidden or `..` names), at most 80 characters with the extension, cut between
 * whole characters; `문서` when nothing is left.
 */
export function exportFileName(title: string, format: ExportFormat): string {
  const extension = `.${format}`;
  const stem = title
    .normalize('NFC')
    .replace(unsafeCharacters, '_')
    .replace(/\s+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^[._]+|[._]+$/g, '');
  const characters = Array.from(graphemes.segment(stem), (part) => part.segment).slice(
    0,
    maximumLength - extension.length,
  );
  const cut = characters.join('').replace(/[._]+$/, '');
  if (cut === '') return `문서${extension}`;
  // Windows refuses these device names whatever the extension.
  return /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(cut) ? `문서_${cut}${extension}` : `${cut}${extension}`;
}
