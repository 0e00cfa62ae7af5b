import { Parser } from 'htmlparser2';
import type { DocumentBlock } from '../parsed-document.js';
import { rowsFromListedCells, type SpannedCell } from './table-rows.js';
import { cleanLine, cleanText } from './text-cleanup.js';

export interface HtmlDocument {
  blocks: DocumentBlock[];
  /** The <title>. */
  metadataTitle: string | null;
}

// Elements whose content is not text a reader sees.
const skippedElements: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'select',
]);

// Elements that start and end a block of text (a paragraph boundary).
const blockElements: ReadonlySet<string> = new Set([
  'html',
  'body',
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'nav',
  'aside',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'figure',
  'figcaption',
  'address',
  'form',
  'fieldset',
  'legend',
  'details',
  'summary',
  'hr',
  'center',
]);

const headingLevels: ReadonlyMap<string, number> = new Map([
  ['h1', 1],
  ['h2', 2],
  ['h3', 3],
  ['h4', 4],
  ['h5', 5],
  ['h6', 6],
]);

interface TableState {
  rows: SpannedCell[][];
  cell: SpannedCell | null;
  /** <caption> text, and any stray text between rows (browsers show it above the table too). */
  caption: string;
}

interface ListState {
  ordered: boolean;
  next: number;
}

function spanAttribute(value: string | undefined): number {
  const parsed = Number.parseInt(value ?? '', 10);
  return Number.isNaN(parsed) ? 1 : parsed;
}

/**
 * An HTML page's text: h1–h6 as headings; p, div, li and the other block elements as paragraphs (list
 * items with '- ' or '1. ', counted from an ol's start); <br> a line break, <pre> keeps its lines;
 * tables (tr, td/th with colspan/rowspan, merged cells repeated) as tables, their caption a paragraph
 * before them and a table nested in a cell flattened into that cell's text; script, style, svg and the like
 * left out; entities decoded. The <title> is the metadata title. HTML has no pages.
 */
export function parseHtml(html: string): HtmlDocument {
  const blocks: DocumentBlock[] = [];
  const tables: TableState[] = [];
  const lists: ListState[] = [];
  let paragraph = '';
  let marker = '';
  let heading: { level: number; text: string } | null = null;
  let skipDepth = 0;
  let preDepth = 0;
  let title = '';
  let inTitle = false;

  const flush = (): void => {
    const text = cleanText(paragraph);
    if (text !== '') blocks.push({ kind: 'paragraph', text: marker + text, page: null });
    paragraph = '';
    marker = '';
  };

  const closeCell = (table: TableState): void => {
    if (table.cell === null) return;
    const row = table.rows[table.rows.length - 1];
    if (row === undefined) table.rows.push([table.cell]);
    else row.push(table.cell);
    table.cell = null;
  };

  const append = (text: string): void => {
    if (inTitle) {
      title += text;
      return;
    }
    const table = tables[tables.length - 1];
    if (table !== undefined) {
      if (table.cell !== null) table.cell.text += text;
      else table.caption += text;
    } else if (heading !== null) {
      heading.text += text;
    } else {
      paragraph += text;
    }
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (skipDepth > 0 || skippedElements.has(name)) {
          skipDepth++;
          return;
        }
        const table = tables[tables.length - 1];
        if (name === 'title') {
          inTitle = true;
        } else if (name === 'table') {
          if (table === undefined) flush();
          tables.push({ rows: [], cell: null, caption: '' });
        } else if (table !== undefined && name === 'tr') {
          closeCell(table);
          table.rows.push([]);
        } else if (table !== undefined && (name === 'td' || name === 'th')) {
          closeCell(table);
          table.cell = {
            text: '',
            colSpan: spanAttribute(attributes.colspan),
            rowSpan: spanAttribute(attributes.rowspan),
          };
        } else if (name === 'br') {
          append('\n');
        } else if (table !== undefined && (blockElements.has(name) || headingLevels.has(name))) {
          append(' ');
        } else if (headingLevels.has(name)) {
          flush();
          heading = { level: headingLevels.get(name) ?? 1, text: '' };
        } else if (blockElements.has(name)) {
          flush();
          if (name === 'pre') preDepth++;
          if (name === 'ul' || name === 'ol') {
            const start = Number.parseInt(attributes.start ?? '1', 10);
            lists.push({ ordered: name === 'ol', next: Number.isNaN(start) ? 1 : start });
          }
          if (name === 'li') {
            const list = lists[lists.length - 1];
            marker = list?.ordered === true ? `${list.next++}. ` : '- ';
          }
        }
      },
      ontext(text) {
        if (skipDepth > 0) return;
        append(preDepth > 0 ? text : text.replace(/\s+/g, ' '));
      },
      onclosetag(name) {
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        const table = tables[tables.length - 1];
        if (name === 'title') {
          inTitle = false;
        } else if (name === 'table' && table !== undefined) {
          closeCell(table);
          tables.pop();
          const rows = rowsFromListedCells(table.rows);
          const outer = tables[tables.length - 1];
          if (outer !== undefined) {
            // A table inside a cell: its text joins the cell's (or, outside any cell, the caption's).
            const flattened = [cleanLine(table.caption), ...rows.map((row) => row.join(' '))].join(' ');
            if (outer.cell !== null) outer.cell.text += ` ${flattened} `;
            else outer.caption += ` ${flattened} `;
          } else {
            const caption = cleanLine(table.caption);
            if (caption !== '') blocks.push({ kind: 'paragraph', text: caption, page: null });
            if (rows.length > 0) blocks.push({ kind: 'table', rows, page: null });
          }
        } else if (table !== undefined && (name === 'td' || name === 'th' || name === 'tr')) {
          closeCell(table);
        } else if (
          table !== undefined &&
          (blockElements.has(name) || name === 'caption' || headingLevels.has(name))
        ) {
          append(' ');
        } else if (headingLevels.has(name) && heading !== null) {
          const text = cleanLine(heading.text);
          if (text !== '') blocks.push({ kind: 'heading', level: heading.level, text, page: null });
          heading = null;
        } else if (blockElements.has(name)) {
          flush();
          if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
          if (name === 'ul' || name === 'ol') lists.pop();
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  // Closes whatever a truncated page left open, tables and headings included.
  parser.end();
  flush();
  return { blocks, metadataTitle: cleanLine(title) || null };
}
