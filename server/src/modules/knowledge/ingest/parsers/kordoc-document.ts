import {
  parseDocx,
  parseHwp,
  parseHwp3,
  parseHwpx,
  parsePdf,
  parseXls,
  parseXlsx,
  type IRBlock,
  type ParseResult,
  type ParseSuccess,
} from 'kordoc';
import type { DocumentBlock, DocumentFormat } from '../parsed-document.js';
import { corrupted, encrypted, noText } from './document-read-errors.js';
import { rowsFromGrid } from './table-rows.js';
import { cleanLine, cleanText } from './text-cleanup.js';

export type KordocFormat = Extract<DocumentFormat, 'hwp' | 'hwpx' | 'pdf' | 'docx' | 'xlsx' | 'xls'>;

/** What kordoc gives, converted; title and no-text decisions are left to the caller. */
export interface KordocDocument {
  blocks: DocumentBlock[];
  pageCount: number | null;
  metadataTitle: string | null;
}

const parsers: Record<KordocFormat | 'hwp3', (buffer: ArrayBuffer) => Promise<ParseResult>> = {
  hwp: parseHwp,
  hwp3: parseHwp3,
  hwpx: parseHwpx,
  pdf: parsePdf,
  docx: parseDocx,
  xlsx: parseXlsx,
  xls: parseXls,
};

// Formats whose blocks carry pages (HWP/HWPX sections or laid-out pages, PDF pages, sheets).
const pagedFormats: ReadonlySet<KordocFormat> = new Set(['hwp', 'hwpx', 'pdf', 'xlsx', 'xls']);

/**
 * The bytes alone in an ArrayBuffer of their own. `bytes.buffer` will not do: a Node Buffer is often a view
 * into a shared 8 KB pool (and Buffer#slice is a view, not a copy), so the parser would read its neighbours
 * too. A copy also survives pdf.js transferring (detaching) the buffer it is given.
 */
function arrayBufferOf(bytes: Uint8Array): ArrayBuffer {
  return new Uint8Array(bytes).buffer;
}

// pdf.js reports a PDF that needs a password as a plain parse error; the trailer's /Encrypt tells.
function hasPdfEncryption(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('/Encrypt', 0, 'latin1');
}

/**
 * Parses with kordoc and converts its blocks. Throws DocumentReadError: 'encrypted' for kordoc's ENCRYPTED
 * and DRM_PROTECTED (and a PDF that needs a password), 'no_text' for a scanned PDF, 'corrupted' for every
 * other failure, a thrown parser included. `hwp3` routes an HWP 3.x file (HWP 97 and older) to its parser.
 */
export async function readWithKordoc(
  format: KordocFormat,
  bytes: Uint8Array,
  options: { hwp3?: boolean } = {},
): Promise<KordocDocument> {
  let result: ParseResult;
  try {
    result = await parsers[options.hwp3 === true ? 'hwp3' : format](arrayBufferOf(bytes));
  } catch {
    throw corrupted(format);
  }
  if (!result.success) {
    if (result.code === 'ENCRYPTED' || result.code === 'DRM_PROTECTED') throw encrypted(format);
    if (result.code === 'IMAGE_BASED_PDF') throw noText(format);
    if (format === 'pdf' && hasPdfEncryption(bytes)) throw encrypted(format);
    throw corrupted(format);
  }
  const paged = pagedFormats.has(format);
  let blocks = convertKordocBlocks(result.blocks, paged);
  if (format === 'xlsx' || format === 'xls') blocks = withoutEmptySheets(blocks);
  return {
    blocks,
    pageCount: paged ? pageCountOf(result, blocks) : null,
    metadataTitle: cleanLine(result.metadata?.title ?? '') || null,
  };
}

function pageCountOf(result: ParseSuccess, blocks: readonly DocumentBlock[]): number | null {
  const reported = result.pageCount ?? result.metadata?.pageCount;
  if (reported !== undefined && reported > 0) return reported;
  const pages = blocks.map((block) => block.page ?? 0);
  const last = pages.reduce((highest, page) => Math.max(highest, page), 0);
  return last > 0 ? last : null;
}

/**
 * kordoc's blocks as ours, in reading order:
 * - headings keep their level (clamped to 1–6); paragraphs keep their lines;
 * - list items become paragraphs with their marker: '- ' for bullets, '1. ', '2. '… counted along a run of
 *   ordered items (kordoc leaves DOCX numbering out of the text); text that already starts with a marker
 *   keeps it; nested items follow their parent, each a paragraph;
 * - tables become rows (merged cells repeated, see table-rows.ts), their caption a paragraph before them;
 *   a 1×1 table, which HWP documents use as a framed box, becomes the paragraphs (or blocks) inside it;
 * - images and separators are dropped;
 * - a block without a page number (a header or footer, say) takes the page of the block before it, the
 *   first such blocks the first page that is known; `paged` false makes every page null.
 */
export function convertKordocBlocks(source: readonly IRBlock[], paged: boolean): DocumentBlock[] {
  const firstPage = paged
    ? (source.find((block) => block.pageNumber !== undefined)?.pageNumber ?? null)
    : null;
  let page = firstPage;
  const blocks: DocumentBlock[] = [];
  let orderedRun = 0;
  for (const block of source) {
    if (paged && block.pageNumber !== undefined) page = block.pageNumber;
    if (block.type === 'list') {
      orderedRun = block.listType === 'ordered' ? orderedRun + 1 : 0;
      blocks.push(...listItemBlocks(block, orderedRun, page));
      continue;
    }
    orderedRun = 0;
    blocks.push(...convertBlock(block, page));
  }
  return blocks;
}

function convertBlock(block: IRBlock, page: number | null): DocumentBlock[] {
  switch (block.type) {
    case 'heading': {
      const text = cleanLine(block.text ?? '');
      const level = Math.min(Math.max(Math.round(block.level ?? 2), 1), 6);
      return text === '' ? [] : [{ kind: 'heading', level, text, page }];
    }
    case 'paragraph': {
      const text = cleanText((block.text ?? '').replace(shapeDescription, ''));
      const footnote = cleanLine(block.footnoteText ?? '');
      if (text === '') return [];
      return [{ kind: 'paragraph', text: footnote === '' ? text : `${text} (주: ${footnote})`, page }];
    }
    case 'table':
      return block.table === undefined ? [] : tableBlocks(block.table, page);
    case 'list':
      return listItemBlocks(block, 1, page);
    case 'image':
    case 'separator':
      return [];
  }
}

// Hangul gives drawn shapes a description ('사각형입니다.') that comes out as a line of text.
const shapeDescription =
  /^(?:모서리가 둥근 |둥근 )?(?:사각형|직사각형|정사각형|원|타원|삼각형|선|직선|곡선|화살표|오각형|육각형|별|구름|마름모|호|그림|개체|그리기 ?개체|묶음 ?개체|글상자|수식)입니다\.?$/gm;

// Markers a list item's text may already start with: '1.', '1)', '가.', 'a)', 'iv.', bullets.
const existingMarker = /^(?:(?:\d{1,3}|[가-힣]|[a-zA-Z]|[ivxlcIVXLC]{1,6})[.)]|[-*•·∙◦○●■□▪▫◆◇※➢▶►])\s/;

function listItemBlocks(item: IRBlock, position: number, page: number | null): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  const text = cleanText(item.text ?? '');
  if (text !== '') {
    const marker = existingMarker.test(text) ? '' : item.listType === 'ordered' ? `${position}. ` : '- ';
    blocks.push({ kind: 'paragraph', text: marker + text, page });
  }
  let childPosition = 0;
  for (const child of item.children ?? []) {
    childPosition = child.listType === 'ordered' ? childPosition + 1 : 0;
    blocks.push(
      ...(child.type === 'list' ? listItemBlocks(child, childPosition, page) : convertBlock(child, page)),
    );
  }
  return blocks;
}

function tableBlocks(table: NonNullable<IRBlock['table']>, page: number | null): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  const caption = cleanLine(table.caption ?? '');
  if (caption !== '') blocks.push({ kind: 'paragraph', text: caption, page });
  const only = table.cells.length === 1 && table.cells[0]?.length === 1 ? table.cells[0][0] : undefined;
  if (only !== undefined) {
    if (only.blocks !== undefined && only.blocks.length > 0) {
      blocks.push(...convertKordocBlocks(only.blocks, false).map((block) => ({ ...block, page })));
    } else {
      for (const line of cleanText(only.text).split('\n')) {
        if (line !== '') blocks.push({ kind: 'paragraph', text: line, page });
      }
    }
    return blocks;
  }
  const rows = rowsFromGrid(table.cells);
  if (rows.length > 0) blocks.push({ kind: 'table', rows, page });
  return blocks;
}

/** A sheet is a heading (its name) and a table; a sheet with nothing in it leaves no heading behind. */
function withoutEmptySheets(blocks: readonly DocumentBlock[]): DocumentBlock[] {
  const pagesWithContent = new Set(
    blocks.filter((block) => block.kind !== 'heading').map((block) => block.page),
  );
  return blocks.filter((block) => block.kind !== 'heading' || pagesWithContent.has(block.page));
}
