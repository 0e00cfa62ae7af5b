/** One retrievable passage of a document, as stored and cited. */
export interface DocumentChunk {
  /** 0-based order within the document. */
  ordinal: number;
  /** The passage (Markdown; a table as Markdown rows with its header row repeated in every piece). */
  text: string;
  /** The headings, chapters and articles above it, outermost first: ['제2장 보조금의 교부', '제10조(교부 신청)']. */
  sectionPath: string[];
  /** First and last page the passage lies on; null where the format has no pages. */
  pageStart: number | null;
  pageEnd: number | null;
}
