import {
  AlignmentType,
  Footer,
  LineRuleType,
  PageNumber,
  Paragraph,
  TextRun,
  type IStylesOptions,
  type ISectionPropertiesOptions,
} from 'docx';
import { a4Twips, fontNameOf, twipsOfMillimetres, wordLineSpacing } from './docx-units.js';
import type { PageStyle } from './page-style.js';

/** The page every DOCX export lays out for a page style: A4, margins, fonts, spacing and page numbers. */
export interface DocxPage {
  properties: ISectionPropertiesOptions;
  /** Width between the margins, for tables. */
  contentWidthTwips: number;
  styles: IStylesOptions;
  footers: { default: Footer } | undefined;
}

export function docxPageOf(style: PageStyle): DocxPage {
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
  const font = fontNameOf(style);
  return {
    properties: { page },
    contentWidthTwips: a4Twips.width - page.margin.left - page.margin.right,
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
  };
}
