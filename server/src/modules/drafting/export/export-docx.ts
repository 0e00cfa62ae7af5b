import { AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { aiDisclosureKeyword, documentMetadataOf } from './document-metadata.js';
import { docxBodyOf } from './docx-body.js';
import { docxTextRun } from './docx-text-run.js';
import { docxFootOf, docxHeadOf } from './docx-frame.js';
import { docxPropertyParts } from './docx-properties.js';
import { a4Twips, fontNameOf, twipsOfMillimetres, wordLineSpacing } from './docx-units.js';
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
  const margins = style.marginsMillimetres;
  // Hangul puts its header area between the top margin and the body; Word measures the body from the edge.
  const page = {
    size: { width: a4Twips.width, height: a4Twips.height },
    margin: {
      top: twipsOfMillimetres(margins.top + style.headerFooterMillimetres),
      bottom: twipsOfMillimetres(margins.bottom + style.headerFooterMillimetres),
      left: twipsOfMillimetres(margins.left),
      right: twipsOfMillimetres(margins.right),
      header: twipsOfMillimetres(margins.top),
      footer: twipsOfMillimetres(margins.bottom),
    },
  };
  const contentWidth = a4Twips.width - page.margin.left - page.margin.right;
  const children = [
    ...docxHeadOf(frame, contentWidth),
    ...docxBodyOf(frame.blocks, style.bodyPoints, contentWidth),
    ...docxFootOf(frame, contentWidth),
  ];
  if (frame.disclosureLine !== null) {
    children.push(
      new Paragraph({}),
      new Paragraph({
        children: [docxTextRun(frame.disclosureLine, { points: style.bodyPoints - 2, color: '555555' })],
      }),
    );
  }
  const font = fontNameOf(style);
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
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: font, eastAsia: font, hAnsi: font, cs: font },
            size: style.bodyPoints * 2,
            language: { value: 'ko-KR', eastAsia: 'ko-KR' },
          },
          paragraph: { spacing: { line: wordLineSpacing(style), lineRule: LineRuleType.AUTO } },
        },
      },
    },
    sections: [
      {
        properties: { page },
        footers: style.pageNumbers
          ? {
              default: new Footer({
                children: [
                  new Paragraph({
                    alignment: AlignmentType.CENTER,
                    children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'] })],
                  }),
                ],
              }),
            }
          : undefined,
        children,
      },
    ],
  });
  return Packer.pack(document, 'uint8array', false, docxPropertyParts(metadata));
}
