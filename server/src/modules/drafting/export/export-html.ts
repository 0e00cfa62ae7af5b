import { documentMetadataOf } from './document-metadata.js';
import {
  draftFrameOf,
  gianFootLines,
  gianHeadLines,
  type DraftFrame,
  type PressFrame,
} from './draft-frame.js';
import type { ExportInput } from './export-input.js';
import { pageStyleOf, type PageStyle } from './page-style.js';
import type { DraftBodyBlock, DraftParagraph } from './parse-draft-body.js';
import { textWidthEms } from './text-width.js';
import { escapeXml as escape } from './xml-escape.js';

/**
 * The document as one self-contained, print-friendly HTML page (no scripts, no outside resources): A4 with
 * the HWPX export's margins, font size and line spacing, items hung under their markers, real tables, every
 * text escaped. The disclosure is in the page's description and, when visible, its last line.
 */
export function exportHtml(input: ExportInput): string {
  const frame = draftFrameOf(input);
  const style = pageStyleOf(input.layout);
  const metadata = documentMetadataOf(input);
  const body = [...headHtml(frame), ...frame.blocks.map(blockHtml), ...footHtml(frame)];
  if (frame.disclosureLine !== null) body.push(`<p class="disclosure">${escape(frame.disclosureLine)}</p>`);
  return [
    '<!doctype html>',
    '<html lang="ko">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escape(metadata.title)}</title>`,
    `<meta name="author" content="${escape(metadata.author)}">`,
    `<meta name="description" content="${escape(metadata.description)}">`,
    `<meta name="keywords" content="${escape(metadata.keywords)}">`,
    `<meta name="dcterms.publisher" content="${escape(metadata.institution)}">`,
    `<meta name="dcterms.created" content="${metadata.createdAt.toISOString()}">`,
    `<style>${styleSheet(style)}</style>`,
    '</head>',
    '<body>',
    '<main class="page">',
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function styleSheet(style: PageStyle): string {
  const { top, bottom, left, right } = style.marginsMillimetres;
  const headerFooter = style.headerFooterMillimetres;
  const margins = `${top + headerFooter}mm ${right}mm ${bottom + headerFooter}mm ${left}mm`;
  const fonts =
    style.typeface === 'gothic'
      ? "'맑은 고딕', 'Malgun Gothic', 'Apple SD Gothic Neo', 'Noto Sans KR', sans-serif"
      : "'바탕', 'Batang', 'AppleMyungjo', 'Noto Serif KR', serif";
  return [
    `@page { size: A4; margin: ${margins}; }`,
    `body { margin: 0; background: #fff; color: #000; font-family: ${fonts}; font-size: ${style.bodyPoints}pt; line-height: ${style.lineSpacingPercent / 100}; word-break: keep-all; }`,
    `.page { box-sizing: border-box; width: 210mm; max-width: 100%; margin: 0 auto; padding: ${margins}; }`,
    '@media print { .page { width: auto; padding: 0; } }',
    'p { margin: 0; white-space: pre-wrap; text-align: justify; }',
    '.center { text-align: center; } .right { text-align: right; }',
    '.title { text-align: center; font-size: 20pt; font-weight: bold; margin: 0 0 0.5em; }',
    '.sender { text-align: center; font-size: 18pt; font-weight: bold; margin-top: 1em; }',
    '.rule-below { border-bottom: 2px solid #000; padding-bottom: 0.2em; margin-bottom: 0.8em; }',
    '.rule-above { border-top: 2px solid #000; padding-top: 0.2em; margin-top: 0.8em; }',
    'table { border-collapse: collapse; width: 100%; margin: 0.4em 0; font-size: 0.9em; }',
    'thead { display: table-header-group; } tr { break-inside: avoid; }',
    'th, td { border: 1px solid #000; padding: 0.15em 0.4em; vertical-align: middle; white-space: pre-wrap; }',
    'th, .label { background: #e7e6e6; font-weight: bold; text-align: center; }',
    '.box .label { font-size: 20pt; width: 30%; }',
    '.disclosure { margin-top: 1.5em; color: #555; font-size: 0.85em; }',
  ].join('\n');
}

function paragraphHtml(text: string, className?: string): string {
  const classAttribute = className === undefined ? '' : ` class="${className}"`;
  return `<p${classAttribute}>${text === '' ? '<br>' : escape(text)}</p>`;
}

function blockHtml(block: DraftBodyBlock): string {
  if (block.kind === 'paragraph') return bodyParagraphHtml(block);
  const [header = [], ...rows] = block.rows;
  const cells = (row: readonly string[], tag: 'th' | 'td'): string =>
    `<tr>${row.map((cell) => `<${tag}>${escape(cell)}</${tag}>`).join('')}</tr>`;
  return `<table><thead>${cells(header, 'th')}</thead><tbody>${rows.map((row) => cells(row, 'td')).join('')}</tbody></table>`;
}

function bodyParagraphHtml(paragraph: DraftParagraph): string {
  const left = paragraph.indentSpaces * 0.5;
  const hanging = paragraph.hangingPrefix === null ? 0 : textWidthEms(paragraph.hangingPrefix);
  if (left === 0 && hanging === 0) return paragraphHtml(paragraph.text);
  const ems = (value: number): string => `${Number(value.toFixed(3))}em`;
  const indent = hanging === 0 ? '' : `; text-indent: -${ems(hanging)}`;
  return `<p style="padding-left: ${ems(left + hanging)}${indent}">${escape(paragraph.text)}</p>`;
}

function headHtml(frame: DraftFrame): string[] {
  if (frame.gian !== null) {
    const [recipient = '', via = '', title = ''] = gianHeadLines(frame.gian, frame.title);
    return [
      paragraphHtml(frame.gian.organization, 'title'),
      paragraphHtml(recipient),
      paragraphHtml(via),
      paragraphHtml(title, 'rule-below'),
    ];
  }
  if (frame.press !== null) {
    return [
      pressHeaderBoxHtml(frame.press),
      paragraphHtml(frame.title, 'title'),
      ...frame.press.subtitles.map((subtitle) => paragraphHtml(`- ${subtitle}`, 'right')),
      paragraphHtml(''),
    ];
  }
  if (frame.notice !== null)
    return [paragraphHtml(frame.notice.noticeNumber), paragraphHtml(frame.title, 'title')];
  return [
    paragraphHtml(frame.title, 'title'),
    ...(frame.infoLine === null ? [] : [paragraphHtml(frame.infoLine, 'right')]),
    paragraphHtml(''),
  ];
}

function footHtml(frame: DraftFrame): string[] {
  if (frame.gian !== null) {
    const [first = '', ...rest] = gianFootLines(frame.gian);
    return [
      paragraphHtml(frame.gian.sender, 'sender'),
      ...(frame.gian.recipients === '' ? [] : [paragraphHtml(`수신자  ${frame.gian.recipients}`)]),
      paragraphHtml(first, 'rule-above'),
      ...rest.map((line) => paragraphHtml(line)),
    ];
  }
  if (frame.press !== null) {
    const { department, manager, phone } = frame.press;
    const pairs: [string, string][] = [
      ['담당 부서', department],
      ['담당자', manager],
      ['연락처', phone],
    ];
    const cells = pairs.map(
      ([label, value]) => `<td class="label">${escape(label)}</td><td>${escape(value)}</td>`,
    );
    return [`<table class="contact"><tr>${cells.join('')}</tr></table>`];
  }
  if (frame.notice !== null) {
    return [
      paragraphHtml(''),
      paragraphHtml(frame.notice.noticeDate, 'center'),
      paragraphHtml(frame.notice.sender, 'sender'),
    ];
  }
  return frame.contactLine === null ? [] : [paragraphHtml(''), paragraphHtml(frame.contactLine)];
}

function pressHeaderBoxHtml(press: PressFrame): string {
  const timing = [
    press.releaseTime === '' ? '' : `보도 시점  ${press.releaseTime}`,
    press.distributionTime === '' ? '' : `배포  ${press.distributionTime}`,
  ].filter((line) => line !== '');
  return `<table class="box"><tr><td class="label">보도자료</td><td>${timing.map(escape).join('<br>')}</td></tr></table>`;
}
