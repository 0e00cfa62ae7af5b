import {
  DocumentReadError,
  type DocumentBlock,
  type DocumentFormat,
  type ParsedDocument,
} from '../parsed-document.js';
import { decodeText } from './decode-text.js';
import {
  corrupted,
  emptyFile,
  encrypted,
  formatMismatch,
  noText,
  tooLarge,
  unrecognizedContent,
  unsupportedFormat,
} from './document-read-errors.js';
import { readWithKordoc } from './kordoc-document.js';
import { parseCsv } from './parse-csv.js';
import { parseHtml } from './parse-html.js';
import { parseMarkdown } from './parse-markdown.js';
import { parsePlainText } from './parse-plain-text.js';
import { parsePptx } from './parse-pptx.js';
import { sniffContent, sniffedDescriptions, type SniffedContent } from './sniff-content.js';

/*
 * One entry point for every document format the knowledge base takes. Per format:
 * - HWP 5.x (and HWP 3.x), HWPX, PDF text layer, DOCX, XLSX, XLS: kordoc, its blocks converted in
 *   kordoc-document.ts (pages from kordoc: HWP/HWPX pages or sections, PDF pages, one sheet per page);
 * - PPTX: parse-pptx.ts (one slide per page); CSV: parse-csv.ts (one table); TXT: parse-plain-text.ts;
 *   Markdown: parse-markdown.ts; HTML: parse-html.ts; these text formats are decoded by decode-text.ts;
 * - merged table cells repeat their text in every position they cover (table-rows.ts).
 * Before any parser runs, sniff-content.ts checks that the bytes are the container the extension names.
 */

/** Files over this many bytes are refused unless the caller sets another limit. */
export const defaultMaximumDocumentBytes = 50 * 1024 * 1024;

const extensionFormats: ReadonlyMap<string, DocumentFormat> = new Map([
  ['hwp', 'hwp'],
  ['hwpx', 'hwpx'],
  ['pdf', 'pdf'],
  ['docx', 'docx'],
  ['xlsx', 'xlsx'],
  ['xls', 'xls'],
  ['csv', 'csv'],
  ['pptx', 'pptx'],
  ['txt', 'txt'],
  ['md', 'md'],
  ['markdown', 'md'],
  ['html', 'html'],
  ['htm', 'html'],
]);

/** The lower-cased extension of the file name's last segment, null when it has none. */
function extensionOf(fileName: string): string | null {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).trim();
  const dot = base.lastIndexOf('.');
  return dot === -1 || dot === base.length - 1 ? null : base.slice(dot + 1).toLowerCase();
}

/** The format a file name's extension stands for (case-insensitive; .htm and .markdown too), or null. */
export function formatOfFileName(fileName: string): DocumentFormat | null {
  const extension = extensionOf(fileName);
  return extension === null ? null : (extensionFormats.get(extension) ?? null);
}

interface ReadDocument {
  blocks: DocumentBlock[];
  pageCount: number | null;
  metadataTitle: string | null;
}

const textFormats: ReadonlySet<DocumentFormat> = new Set(['txt', 'md', 'csv', 'html']);
const zipFormats: ReadonlySet<DocumentFormat> = new Set(['hwpx', 'docx', 'xlsx', 'pptx']);
const officeFormats: ReadonlySet<DocumentFormat> = new Set(['docx', 'xlsx', 'pptx', 'xls']);
const ole2Contents: ReadonlySet<SniffedContent> = new Set(['hwp', 'xls', 'doc', 'ppt', 'ole2']);

function mismatch(format: DocumentFormat, extension: string, content: SniffedContent): DocumentReadError {
  if (content === 'other') return unrecognizedContent(format, extension);
  const description = sniffedDescriptions[content];
  return formatMismatch(format, extension, description.name, description.extension);
}

/**
 * Checks that the bytes are the container the extension promises before a parser sees them, so that a
 * .pdf that is really a zip is refused as what it is rather than as a broken PDF.
 */
function checkContent(format: DocumentFormat, extension: string, bytes: Uint8Array): SniffedContent {
  const content = sniffContent(bytes);
  if (content === 'encrypted-office' && officeFormats.has(format)) throw encrypted(format);
  if (textFormats.has(format)) {
    const startsAsPdf = content === 'pdf' && Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';
    if ((content !== 'other' && content !== 'pdf') || startsAsPdf) throw mismatch(format, extension, content);
    return content;
  }
  if (zipFormats.has(format)) {
    // An unrecognized zip goes to the parser, which may still recover a damaged package.
    if (content !== format && content !== 'zip') throw mismatch(format, extension, content);
    return content;
  }
  if (format === 'pdf' && content !== 'pdf') throw mismatch(format, extension, content);
  if (format === 'hwp' && content !== 'hwp3' && !ole2Contents.has(content)) {
    throw mismatch(format, extension, content);
  }
  if (format === 'xls' && !ole2Contents.has(content)) throw mismatch(format, extension, content);
  return content;
}

async function readDocument(
  format: DocumentFormat,
  extension: string,
  bytes: Uint8Array,
): Promise<ReadDocument> {
  const content = checkContent(format, extension, bytes);
  switch (format) {
    case 'txt':
    case 'md':
    case 'csv':
    case 'html': {
      const text = decodeText(bytes);
      // NUL bytes do not occur in text: this is a binary file under a text name.
      if (text.includes('\u0000')) throw unrecognizedContent(format, extension);
      if (format === 'txt') return { blocks: parsePlainText(text), pageCount: null, metadataTitle: null };
      if (format === 'csv') return { blocks: parseCsv(text), pageCount: null, metadataTitle: null };
      const parsed = format === 'md' ? parseMarkdown(text) : parseHtml(text);
      return { ...parsed, pageCount: null };
    }
    case 'pptx': {
      const deck = parsePptx(bytes);
      return { blocks: deck.blocks, pageCount: deck.slideCount, metadataTitle: deck.metadataTitle };
    }
    case 'hwp':
    case 'xls': {
      // OLE2 holds HWP 5, XLS, DOC and PPT alike: the parser decides, and a refusal names what the file is.
      try {
        return await readWithKordoc(format, bytes, { hwp3: content === 'hwp3' });
      } catch (error) {
        const other = format === 'hwp' ? ['xls', 'doc', 'ppt'] : ['hwp', 'doc', 'ppt'];
        if (error instanceof DocumentReadError && error.reason === 'corrupted' && other.includes(content)) {
          throw mismatch(format, extension, content);
        }
        throw error;
      }
    }
    case 'hwpx':
    case 'pdf':
    case 'docx':
    case 'xlsx':
      return readWithKordoc(format, bytes);
  }
}

function hasText(block: DocumentBlock): boolean {
  return block.kind === 'table'
    ? block.rows.some((row) => row.some((cell) => cell !== ''))
    : block.text !== '';
}

// Titles writers fill in by themselves, which name nothing: defaults, and file names.
const placeholderTitle =
  /^(untitled|제목\s*없음|무제|새\s*문서|문서\s*\d*|document\s*\d*|powerpoint\s*(presentation|프레젠테이션))$/i;
const fileNameTitle = /\.(hwpx?|docx?|xlsx?|pptx?|pdf|txt|md|html?|csv)$/i;

function usableTitle(title: string | null): string | null {
  if (title === null || placeholderTitle.test(title) || fileNameTitle.test(title)) return null;
  return title;
}

/**
 * Reads a document for retrieval: its text as headings, paragraphs and tables in reading order, with
 * pages where the format has them. The format comes from the file name's extension (see
 * formatOfFileName), and the bytes must be that format.
 *
 * Throws DocumentReadError with a Korean message for the uploader: 'unsupported_format' for an unknown
 * extension, 'empty' for 0 bytes, 'too_large' over `maximumBytes` (50 MB by default), 'encrypted' for
 * password or DRM protection, 'corrupted' for a damaged file, a file that is another format than its
 * extension says, or any parser failure, and 'no_text' when nothing readable is left (a scanned PDF,
 * a deck of pictures, empty sheets).
 */
export async function parseDocumentFile(
  fileName: string,
  bytes: Uint8Array,
  options: { maximumBytes?: number } = {},
): Promise<ParsedDocument> {
  const extension = extensionOf(fileName);
  const format = formatOfFileName(fileName);
  if (format === null || extension === null) throw unsupportedFormat(extension);
  if (bytes.byteLength === 0) throw emptyFile(format);
  const maximumBytes = options.maximumBytes ?? defaultMaximumDocumentBytes;
  if (bytes.byteLength > maximumBytes) throw tooLarge(format, bytes.byteLength, maximumBytes);
  let read: ReadDocument;
  try {
    read = await readDocument(format, extension, bytes);
  } catch (error) {
    if (error instanceof DocumentReadError) throw error;
    throw corrupted(format);
  }
  const blocks = read.blocks.filter(hasText);
  if (blocks.length === 0) throw noText(format);
  const firstHeading = blocks.find(
    (block): block is Extract<DocumentBlock, { kind: 'heading' }> => block.kind === 'heading',
  );
  return {
    format,
    title: usableTitle(read.metadataTitle) ?? firstHeading?.text ?? null,
    pageCount: read.pageCount,
    blocks,
  };
}
