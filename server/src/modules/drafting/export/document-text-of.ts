import type { ParsedDocument } from '../../knowledge/ingest/parsed-document.js';

/** A block as the round-trip compares it: headings are paragraphs, whitespace collapsed, empty ones gone. */
export type TextBlock = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][] };

export function normalizedText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text of a parsed document, block by block, in reading order (a block's lines are paragraphs of their own). */
export function documentTextOf(parsed: ParsedDocument): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const block of parsed.blocks) {
    if (block.kind === 'table') {
      blocks.push({ kind: 'table', rows: block.rows.map((row) => row.map(normalizedText)) });
      continue;
    }
    for (const line of block.text.split('\n')) {
      const text = normalizedText(line);
      if (text !== '') blocks.push({ kind: 'paragraph', text });
    }
  }
  return blocks;
}
