import type { ParsedDocument } from '../ingest/parsed-document.js';
import type { DocumentChunk } from './document-chunk.js';
import { packPieces } from './pack-pieces.js';
import { readSections } from './read-sections.js';
import { pageRange, sectionPieces } from './section-pieces.js';

export interface ChunkOptions {
  /** Paragraphs are packed up to about this many characters. Default 700. */
  targetCharacters?: number;
  /** No chunk is longer. Default 1200; at least 100. */
  maximumCharacters?: number;
}

/**
 * Cuts a parsed document into retrievable passages along its structure: headings, 장/절 and articles
 * (제10조의2(…)) start new chunks and make up each chunk's section path, an article or section is kept whole
 * when it fits the maximum, and a longer one breaks at 항, numbered items and paragraphs before sentences.
 * Tables stay Markdown tables, split between rows with the header repeated. Sections are never merged, so
 * every chunk has one exact path, except that a section holding only titles goes in front of the section
 * inside it ("제1장 총칙" with "제1조(목적) …"). Deterministic.
 */
export function chunkDocument(document: ParsedDocument, options: ChunkOptions = {}): DocumentChunk[] {
  const maximum = options.maximumCharacters ?? 1200;
  const target = Math.min(options.targetCharacters ?? 700, maximum);
  if (!Number.isFinite(maximum) || maximum < 100 || !Number.isFinite(target) || target < 1) {
    throw new RangeError(`chunk sizes out of range: target ${target}, maximum ${maximum}`);
  }
  const chunks: DocumentChunk[] = [];
  for (const section of readSections(document.blocks)) {
    for (const pieces of packPieces(sectionPieces(section, target, maximum), target, maximum)) {
      const text = pieces.map((piece, index) => (index === 0 ? '' : piece.separator) + piece.text).join('');
      if (text.trim() === '') continue;
      chunks.push({
        ordinal: chunks.length,
        text,
        sectionPath: [...section.path],
        ...pageRange(pieces.flatMap((piece) => [piece.pageStart, piece.pageEnd])),
      });
    }
  }
  return chunks;
}
