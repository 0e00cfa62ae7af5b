import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { docxTextRun } from './docx-text-run.js';
import { gianFootLines, gianHeadLines, type DraftFrame, type PressFrame } from './draft-frame.js';

type Block = Paragraph | Table;

const titlePoints = 20;
const senderPoints = 18;
const rule = { style: BorderStyle.SINGLE, size: 12, color: '000000', space: 4 } as const;
const thinBorder = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const labelShading = { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } as const;

function line(
  text: string,
  options: { alignment?: 'center' | 'right'; bold?: boolean; points?: number } = {},
): Paragraph {
  const alignment =
    options.alignment === 'center'
      ? AlignmentType.CENTER
      : options.alignment === 'right'
        ? AlignmentType.RIGHT
        : undefined;
  return new Paragraph({
    alignment,
    children: text === '' ? [] : [docxTextRun(text, { bold: options.bold, points: options.points })],
  });
}

const blank = (): Paragraph => line('');

/** What comes before the body: 두문, press header box, notice number, or the title with date and department. */
export function docxHeadOf(frame: DraftFrame, contentWidthTwips: number): Block[] {
  if (frame.gian !== null) {
    const [recipient = '', via = '', title = ''] = gianHeadLines(frame.gian, frame.title);
    return [
      line(frame.gian.organization, { alignment: 'center', bold: true, points: titlePoints }),
      blank(),
      line(recipient),
      line(via),
      new Paragraph({ border: { bottom: rule }, children: [docxTextRun(title, { bold: true })] }),
      blank(),
    ];
  }
  if (frame.press !== null) {
    return [
      pressHeaderBox(frame.press, contentWidthTwips),
      blank(),
      line(frame.title, { alignment: 'center', bold: true, points: titlePoints }),
      ...frame.press.subtitles.map((subtitle) => line(`- ${subtitle}`, { alignment: 'right' })),
      blank(),
    ];
  }
  const title = line(frame.title, { alignment: 'center', bold: true, points: titlePoints });
  if (frame.notice !== null) return [line(frame.notice.noticeNumber), blank(), title, blank()];
  return [title, ...(frame.infoLine === null ? [] : [line(frame.infoLine, { alignment: 'right' })]), blank()];
}

/** What comes after the body: 결문, press contact table, notice date and 발신명의, or the contact line. */
export function docxFootOf(frame: DraftFrame, contentWidthTwips: number): Block[] {
  if (frame.gian !== null) {
    const [first = '', ...rest] = gianFootLines(frame.gian);
    return [
      blank(),
      line(frame.gian.sender, { alignment: 'center', bold: true, points: senderPoints }),
      ...(frame.gian.recipients === '' ? [] : [line(`수신자  ${frame.gian.recipients}`)]),
      blank(),
      new Paragraph({ border: { top: rule }, children: [docxTextRun(first)] }),
      ...rest.map((text) => line(text)),
    ];
  }
  if (frame.press !== null) return [blank(), pressContactTable(frame.press, contentWidthTwips)];
  if (frame.notice !== null) {
    return [
      blank(),
      line(frame.notice.noticeDate, { alignment: 'center' }),
      line(frame.notice.sender, { alignment: 'center', bold: true, points: senderPoints }),
    ];
  }
  return frame.contactLine === null ? [] : [blank(), line(frame.contactLine)];
}

function cell(
  text: string | readonly string[],
  width: number,
  options: { label?: boolean; points?: number } = {},
): TableCell {
  const lines = typeof text === 'string' ? [text] : text;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    shading: options.label === true ? labelShading : undefined,
    margins: { left: 100, right: 100, top: 60, bottom: 60 },
    children: lines.map(
      (text) =>
        new Paragraph({
          alignment: options.label === true ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [docxTextRun(text, { bold: options.label, points: options.points })],
        }),
    ),
  });
}

function boxTable(widths: readonly number[], cells: readonly TableCell[]): Table {
  return new Table({
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: {
      top: thinBorder,
      bottom: thinBorder,
      left: thinBorder,
      right: thinBorder,
      insideHorizontal: thinBorder,
      insideVertical: thinBorder,
    },
    rows: [new TableRow({ children: [...cells] })],
  });
}

function pressHeaderBox(press: PressFrame, contentWidthTwips: number): Table {
  const labelWidth = Math.round(contentWidthTwips * 0.3);
  const timing = [
    press.releaseTime === '' ? '' : `보도 시점  ${press.releaseTime}`,
    press.distributionTime === '' ? '' : `배포  ${press.distributionTime}`,
  ].filter((text) => text !== '');
  return boxTable(
    [labelWidth, contentWidthTwips - labelWidth],
    [
      cell('보도자료', labelWidth, { label: true, points: titlePoints }),
      cell(timing.length === 0 ? [''] : timing, contentWidthTwips - labelWidth),
    ],
  );
}

function pressContactTable(press: PressFrame, contentWidthTwips: number): Table {
  const labelWidth = Math.round(contentWidthTwips * 0.12);
  const valueWidth = Math.floor((contentWidthTwips - labelWidth * 3) / 3);
  const pairs: [string, string][] = [
    ['담당 부서', press.department],
    ['담당자', press.manager],
    ['연락처', press.phone],
  ];
  return boxTable(
    pairs.flatMap(() => [labelWidth, valueWidth]),
    pairs.flatMap(([label, value]) => [cell(label, labelWidth, { label: true }), cell(value, valueWidth)]),
  );
}
