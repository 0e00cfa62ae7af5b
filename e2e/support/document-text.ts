import type { ParsedDocument } from '../../server/src/modules/knowledge/ingest/parsed-document.js';

/** Every block's text of a parsed document, one per line (table cells joined by " | "). */
export function parsedDocumentText(document: ParsedDocument): string {
  return document.blocks
    .map((block) =>
      block.kind === 'table' ? block.rows.map((row) => row.join(' | ')).join('\n') : block.text,
    )
    .join('\n');
}
