import type { DocumentBlock } from '../parsed-document.js';
import { cleanText } from './text-cleanup.js';

/** Plain text: paragraphs split on blank (or whitespace-only) lines, lines within a paragraph kept. */
export function parsePlainText(text: string): DocumentBlock[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00A0\u3000]*\n/)
    .map((paragraph) => cleanText(paragraph))
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => ({ kind: 'paragraph', text: paragraph, page: null }));
}
