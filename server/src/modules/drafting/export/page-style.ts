import type { TemplateLayout } from '@jumugwan/contracts';
import type { GongmunPreset } from 'kordoc';

export interface PageStyle {
  /** kordoc's public-document preset for the HWPX export. */
  preset: GongmunPreset;
  /** A4 margins in millimetres, from the paper's edge to the header (top) and footer (bottom). */
  marginsMillimetres: { top: number; bottom: number; left: number; right: number };
  /** Height of the header and footer areas between the margins and the body (Hangul's 머리말/꼬리말). */
  headerFooterMillimetres: number;
  /** `- 1 -` centred at the foot of every page (report-style documents). */
  pageNumbers: boolean;
  bodyPoints: number;
  /** Hangul's percentage of the font size (DOCX converts it, see docx-units.ts). */
  lineSpacingPercent: number;
  /** 맑은 고딕 (electronic approval's default) or a serif face for report-style documents (바탕 in DOCX). */
  typeface: 'gothic' | 'myeongjo';
}

const officialMargins = { top: 20, bottom: 15, left: 20, right: 15 };
const reportMargins = { top: 13, bottom: 13, left: 18, right: 18 };
const boxedMargins = { top: 15, bottom: 15, left: 20, right: 20 };

/*
 * Margins, sizes and spacing are kordoc's preset defaults (measured by its author on approved government
 * documents; the 기안문 one is 20/15/20/15 mm, not the 20/10/20/20 some guides quote). They are passed to
 * kordoc explicitly and used by the DOCX and HTML exports, so that every format lays out the same page.
 */
const official = {
  marginsMillimetres: officialMargins,
  headerFooterMillimetres: 0,
  pageNumbers: false,
  typeface: 'gothic',
} as const;
const boxed = {
  marginsMillimetres: boxedMargins,
  headerFooterMillimetres: 10,
  pageNumbers: false,
  typeface: 'gothic',
} as const;
const report = {
  marginsMillimetres: reportMargins,
  headerFooterMillimetres: 12.7,
  pageNumbers: true,
  typeface: 'myeongjo',
} as const;

const pageStyles: Record<TemplateLayout, PageStyle> = {
  gian: { ...official, preset: 'official', bodyPoints: 12, lineSpacingPercent: 160 },
  plain: { ...official, preset: 'official', bodyPoints: 12, lineSpacingPercent: 160 },
  minutes: { ...official, preset: 'minutes', bodyPoints: 14, lineSpacingPercent: 130 },
  notice: { ...boxed, preset: 'notice', bodyPoints: 15, lineSpacingPercent: 160 },
  press: { ...boxed, preset: 'press', bodyPoints: 14, lineSpacingPercent: 160 },
  report: { ...report, preset: 'report', bodyPoints: 15, lineSpacingPercent: 160 },
  plan: { ...report, preset: 'plan', bodyPoints: 15, lineSpacingPercent: 160 },
  gaejosik: {
    ...report,
    headerFooterMillimetres: 15,
    preset: 'gaejosik',
    bodyPoints: 15,
    lineSpacingPercent: 160,
  },
};

export function pageStyleOf(layout: TemplateLayout): PageStyle {
  return pageStyles[layout];
}

/** Books (a cover, then a chapter a page) are laid out as reports: serif body, page numbers. */
export const bookPageStyle: PageStyle = pageStyles.report;
