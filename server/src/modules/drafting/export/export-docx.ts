import { Document, Packer, Paragraph } from 'docx';
import { aiDisclosureKeyword, documentMetadataOf } from './document-metadata.js';
import { docxBodyOf } from './docx-body.js';
import { docxTextRun } from './docx-text-run.js';
import { docxFootOf, docxHeadOf } from './docx-frame.js';
import { docxPageOf } from './docx-page.js';
import { docxPropertyParts } from './docx-properties.js';
import { draftFrameOf } from './draft-frame.js';
import type { ExportInput } from './export-input.js';
import { pageStyleOf } from './page-style.js';

/**
 * The document as DOCX on the HWPX export's page: A4, the same margins, font size and line spacing, items
 * indented and hung the same way, real tables, the layout's head and foot, the disclosure in the properties
 * (description, keywords and a custom property) and, when visible, as the last line.
 */
export async function exportDocx(input: ExportInput): Promise<Uint8Array> {
  const frame = draftFrameOf(input);
  const style = pageStyleOf(input.layout);
  const metadata = documentMetadataOf(input);
  const page = docxPageOf(style);
  const children = [
    ...docxHeadOf(frame, page.contentWidthTwips),
    ...docxBodyOf(frame.blocks, style.bodyPoints, page.contentWidthTwips),
    ...docxFootOf(frame, page.contentWidthTwips),
  ];
  if (frame.disclosureLine !== null) {
    children.push(
      new Paragraph({}),
      new Paragraph({
        children: [docxTextRun(frame.disclosureLine, { points: style.bodyPoints - 2, color: '555555' })],
      }),
    );
  }
  const document = new Document({
    title: metadata.title,
    subject: metadata.subject,
    creator: metadata.author,
    keywords: metadata.keywords,
    description: metadata.description,
    lastModifiedBy: metadata.author,
    customProperties: [
      { name: aiDisclosureKeyword, value: metadata.description === '' ? '예' : metadata.description },
      { name: '작성 기관', value: metadata.institution },
      { name: '서식', value: metadata.subject },
    ],
    styles: page.styles,
    sections: [{ properties: page.properties, footers: page.footers, children }],
  });
  return Packer.pack(document, 'uint8array', false, docxPropertyParts(metadata));
}
