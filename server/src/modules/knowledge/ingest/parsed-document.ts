/**
 * What every document parser gives the chunker: the document's text as blocks in reading order, each
 * with the page it starts on where the format has pages (PDF, HWP/HWPX sections, PPTX slides, XLSX sheets).
 */
export const documentFormats = [
  'hwp',
  'hwpx',
  'pdf',
  'docx',
  'xlsx',
  'xls',
  'csv',
  'pptx',
  'txt',
  'md',
  'html',
] as const;
export type DocumentFormat = (typeof documentFormats)[number];

export type DocumentBlock =
  | { kind: 'heading'; level: number; text: string; page: number | null }
  | { kind: 'paragraph'; text: string; page: number | null }
  | { kind: 'table'; rows: string[][]; page: number | null };

export interface ParsedDocument {
  format: DocumentFormat;
  /** From the document's metadata or its first heading; null when it has neither. */
  title: string | null;
  /** Pages, slides or sheets; null for formats without pages. */
  pageCount: number | null;
  blocks: DocumentBlock[];
}

export const documentReadFailureReasons = [
  'empty',
  'too_large',
  'unsupported_format',
  'encrypted',
  'corrupted',
  'no_text',
] as const;
export type DocumentReadFailureReason = (typeof documentReadFailureReasons)[number];

/** A file that cannot be read, with a Korean message the uploader sees beside the file. */
export class DocumentReadError extends Error {
  constructor(
    readonly reason: DocumentReadFailureReason,
    message: string,
  ) {
    super(message);
    this.name = 'DocumentReadError';
  }
}
