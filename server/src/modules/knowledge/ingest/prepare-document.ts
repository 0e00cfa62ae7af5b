import { analyzeForIndex } from '../analyze/korean-analyzer.js';
import { chunkDocument } from '../chunk/chunk-document.js';
import type { DocumentChunk } from '../chunk/document-chunk.js';
import { indexedTextOf } from '../index/indexed-text.js';
import { DocumentReadError } from './parsed-document.js';
import { parseDocumentFile } from './parsers/parse-document-file.js';

export interface PreparedChunk extends DocumentChunk {
  /** The chunk with its document's title and section path: what is embedded and analyzed. */
  indexedText: string;
  /** Index terms of `indexedText` (analyzeForIndex). */
  tokens: string[];
}

/** A file read, cut into chunks and analyzed: everything before embedding that needs only the file. */
export interface PreparedDocument {
  title: string;
  pageCount: number | null;
  chunks: PreparedChunk[];
}

/**
 * Parses, chunks and analyzes one uploaded file. Pure CPU work on the bytes alone, which is why it can run
 * on a worker thread (see DocumentPreparer). Throws DocumentReadError for a file that cannot be read or
 * holds no text.
 */
export async function prepareDocument(
  fileName: string,
  bytes: Uint8Array,
  options: { maximumBytes: number },
): Promise<PreparedDocument> {
  const parsed = await parseDocumentFile(fileName, bytes, options);
  const title = parsed.title?.trim() || fileName.replace(/\.[^.]+$/, '');
  const chunks = chunkDocument(parsed);
  if (chunks.length === 0) {
    throw new DocumentReadError('no_text', '파일에서 읽을 수 있는 글자를 찾지 못했습니다.');
  }
  return {
    title,
    pageCount: parsed.pageCount,
    chunks: chunks.map((chunk) => {
      const indexedText = indexedTextOf(title, chunk);
      return { ...chunk, indexedText, tokens: analyzeForIndex(indexedText) };
    }),
  };
}
