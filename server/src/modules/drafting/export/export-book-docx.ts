import { AlignmentType, Document, HeadingLevel, Packer, Paragraph } from 'docx';
import type { BookInput } from './book-input.js';
import { bookMetadataOf } from './book-metadata.js';
import { docxBodyOf } from './docx-body.js';
import { docxPageOf } from './docx-page.js';
import { docxPropertyParts } from './docx-properties.js';
import { docxTextRun } from './docx-text-run.js';
import { bookPageStyle } from './page-style.js';
import { parseDraftBody } from './parse-draft-body.js';

const coverTitlePoints = 24;
const headingPoints = 18;
// Roughly a third of the page down, where a report's cover puts its title.
const coverSpacingBeforeTwips = 4000;

/** The book as DOCX on the report page: the cover, then every chapter from a paragraph with pageBreakBefore. */
export async function exportBookDocx(book: BookInput): Promise<Uint8Array> {
  const style = bookPageStyle;
  const page = docxPageOf(style);
  const metadata = bookMetadataOf(book);
  const children = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: coverSpacingBeforeTwips, after: 600 },
      children: [docxTextRun(book.title, { bold: true, points: coverTitlePoints })],
    }),
    ...book.coverLines.map(
      (line) => new Paragraph({ alignment: AlignmentType.CENTER, children: [docxTextRun(line)] }),
    ),
    ...book.chapters.flatMap((chapter) => [
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: true,
        spacing: { after: 240 },
        children: [docxTextRun(chapter.heading, { bold: true, points: headingPoints })],
      }),
      ...docxBodyOf(parseDraftBody(chapter.body), style.bodyPoints, page.contentWidthTwips),
    ]),
  ];
  const document = new Document({
    title: metadata.title,
    subject: metadata.subject,
    creator: metadata.author,
    keywords: metadata.keywords,
    description: metadata.description,
    lastModifiedBy: metadata.author,
    customProperties: [
      { name: '작성 기관', value: metadata.institution },
      { name: '서식', value: metadata.subject },
    ],
    styles: page.styles,
    sections: [{ properties: page.properties, footers: page.footers, children }],
  });
  return Packer.pack(document, 'uint8array', false, docxPropertyParts(metadata));
}
