/** One part of a book that starts on a new page: a heading and its body in the public-document notation. */
export interface BookChapter {
  heading: string;
  /** Paragraphs, items and Markdown pipe tables, as a draft body is written. */
  body: string;
}

/**
 * A document of several pages laid out like the platform's other documents (the report page style): a cover
 * with the title and its lines, then each chapter on a page of its own.
 */
export interface BookInput {
  title: string;
  /** Centred under the title on the cover: the institution, the date. */
  coverLines: string[];
  chapters: BookChapter[];
  /** What the file's properties call it (주제). */
  subject: string;
  author: string;
  institution: string;
  createdAt: Date;
}
