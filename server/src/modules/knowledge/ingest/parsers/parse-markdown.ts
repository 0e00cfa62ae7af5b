import type { DocumentBlock } from '../parsed-document.js';
import { tidyRows } from './table-rows.js';
import { cleanLine, cleanText } from './text-cleanup.js';

export interface MarkdownDocument {
  blocks: DocumentBlock[];
  /** `title:` of a YAML front matter block. */
  metadataTitle: string | null;
}

const atxHeading = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
// A backtick fence's info string has no backticks (else the line is inline code: ```x```).
const fenceOpening = /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/;
const setextUnderline = /^ {0,3}(=+|-+)[ \t]*$/;
const thematicBreak = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const listItem = /^[ \t]*([-*+]|\d{1,9}[.)])[ \t]+(.*)$/;
const tableDelimiterRow = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const blockquoteMarker = /^ {0,3}>[ \t]?/;

/** Inline Markdown reduced to its text: images dropped, links to their text, emphasis and code marks off. */
function inlineText(text: string): string {
  return text
    .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, '')
    .replace(/\[([^\]\n]+)\]\([^)\n]*\)/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
    .replace(/`+([^`\n]+)`+/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, '$1');
}

/** A GFM table row's cells: outer pipes dropped, split on pipes that are not escaped. */
function tableCells(line: string): string[] {
  const trimmed = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return trimmed.split(/(?<!\\)\|/).map((cell) => cell.trim());
}

function isTableStart(line: string, next: string | undefined): boolean {
  if (next === undefined || !line.includes('|') || !next.includes('|')) return false;
  return tableDelimiterRow.test(next) && tableCells(line).length === tableCells(next).length;
}

/** YAML front matter (--- … --- at the very top): its extent in lines, and its `title:` if any. */
function frontMatter(lines: readonly string[]): { length: number; title: string | null } {
  if (lines[0]?.trim() !== '---') return { length: 0, title: null };
  const end = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (end === -1) return { length: 0, title: null };
  const titleLine = lines.slice(1, end).find((line) => /^title\s*:/.test(line));
  const title = titleLine?.replace(/^title\s*:\s*/, '').replace(/^(["'])(.*)\1$/, '$2') ?? '';
  return { length: end + 1, title: cleanLine(title) || null };
}

/**
 * Markdown (CommonMark with GFM tables): ATX (# … ######) and setext headings as headings, pipe tables as
 * tables, everything else as paragraphs: a paragraph runs to a blank line, each list item starts its own
 * (keeping its marker, bullets as '- '), a fenced code block is one paragraph read verbatim, block quotes
 * lose their '>'. Inline marks are reduced to text (links to their text, images dropped, **bold**, `code`
 * and ~~strike~~ marks off; single * and _ are left alone, being too often literal). Markdown has no pages.
 */
export function parseMarkdown(markdown: string): MarkdownDocument {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const front = frontMatter(lines);
  const blocks: DocumentBlock[] = [];
  let paragraph: string[] = [];

  const flush = (): void => {
    const text = cleanText(inlineText(paragraph.join('\n')));
    if (text !== '') blocks.push({ kind: 'paragraph', text, page: null });
    paragraph = [];
  };

  let index = front.length;
  while (index < lines.length) {
    const raw = lines[index] ?? '';
    const line = raw.replace(blockquoteMarker, '').replace(blockquoteMarker, '');
    index++;
    if (line.trim() === '') {
      flush();
      continue;
    }
    const fence = fenceOpening.exec(line);
    if (fence !== null) {
      flush();
      const closing = new RegExp(
        `^ {0,3}${fence[1]?.charAt(0) === '`' ? '`' : '~'}{${fence[1]?.length ?? 3},}[ \\t]*$`,
      );
      const code: string[] = [];
      while (index < lines.length && !closing.test(lines[index] ?? '')) code.push(lines[index++] ?? '');
      index++;
      const text = cleanText(code.join('\n'));
      if (text !== '') blocks.push({ kind: 'paragraph', text, page: null });
      continue;
    }
    if (/^ {0,3}<!--/.test(line)) {
      flush();
      index--;
      while (index < lines.length && !(lines[index] ?? '').includes('-->')) index++;
      index++;
      continue;
    }
    const heading = atxHeading.exec(line);
    if (heading !== null) {
      flush();
      const text = cleanLine(inlineText(heading[2] ?? ''));
      if (text !== '') blocks.push({ kind: 'heading', level: heading[1]?.length ?? 1, text, page: null });
      continue;
    }
    const underline = setextUnderline.exec(line);
    if (underline !== null && paragraph.length > 0 && !listItem.test(paragraph[0] ?? '')) {
      const text = cleanLine(inlineText(paragraph.join(' ')));
      paragraph = [];
      if (text !== '') {
        blocks.push({ kind: 'heading', level: underline[1]?.startsWith('=') ? 1 : 2, text, page: null });
      }
      continue;
    }
    if (thematicBreak.test(line)) {
      flush();
      continue;
    }
    if (isTableStart(line, lines[index])) {
      flush();
      const header = tableCells(line);
      const rows = [header];
      index++;
      while (
        index < lines.length &&
        (lines[index] ?? '').includes('|') &&
        (lines[index] ?? '').trim() !== ''
      ) {
        rows.push(tableCells(lines[index++] ?? '').slice(0, header.length));
      }
      const tidy = tidyRows(rows.map((row) => row.map((cell) => inlineText(cell))));
      if (tidy.length > 0) blocks.push({ kind: 'table', rows: tidy, page: null });
      continue;
    }
    const item = listItem.exec(line);
    if (item !== null) {
      flush();
      const marker = /^\d/.test(item[1] ?? '') ? `${(item[1] ?? '').slice(0, -1)}.` : '-';
      paragraph.push(`${marker} ${item[2] ?? ''}`);
      continue;
    }
    paragraph.push(line);
  }
  flush();
  return { blocks, metadataTitle: front.title };
}
