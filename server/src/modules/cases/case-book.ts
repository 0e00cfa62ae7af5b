import { purposeLabels, useCaseCategorySchema } from '@jumugwan/contracts';
import type { BookChapter, BookInput } from '../drafting/index.js';
import { officialDate } from '../drafting/index.js';
import type { UseCaseRecord } from './use-case-repository.js';

/** `2시간 30분`, `45분`. */
export function durationText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest}분`;
  return rest === 0 ? `${hours}시간` : `${hours}시간 ${rest}분`;
}

/** `2시간 → 30분 (1시간 30분 절감)`, or what is known of it. */
export function savedTimeText(before: number | null, after: number | null): string {
  if (before === null && after === null) return '기록 없음';
  if (before === null || after === null) {
    return before === null ? `활용 후 ${durationText(after ?? 0)}` : `활용 전 ${durationText(before)}`;
  }
  const saved = before - after;
  const difference = saved >= 0 ? `${durationText(saved)} 절감` : `${durationText(-saved)} 증가`;
  return `${durationText(before)} → ${durationText(after)} (${difference})`;
}

function categoryName(category: string): string {
  return purposeLabels[useCaseCategorySchema.catch('other').parse(category)];
}

// A cell is one line, and a pipe in it is the cell's own.
function cell(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

// Written text under a section marker, two spaces in, as a body's items are.
function section(title: string, text: string): string[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  return [`□ ${title}`, ...(lines.length === 0 ? ['  (없음)'] : lines.map((line) => `  ${line.trim()}`)), ''];
}

function casePage(record: UseCaseRecord, number: number): BookChapter {
  const rows: [string, string][] = [
    ['부서·작성자', [record.departmentName, record.authorName].filter((part) => part !== null).join(' ')],
    ['분류', categoryName(record.category)],
  ];
  if (record.assistant !== null) rows.push(['사용한 어시스턴트', record.assistant.name]);
  rows.push(['소요 시간', savedTimeText(record.minutesBefore, record.minutesAfter)]);
  const table = [
    '| 항목 | 내용 |',
    '| --- | --- |',
    ...rows.map(([label, value]) => `| ${label} | ${cell(value)} |`),
  ];
  const body = [
    ...table,
    '',
    ...section('업무', record.task),
    ...section('사용한 프롬프트', record.prompt),
    ...section('결과', record.result),
  ];
  return { heading: `${number}. ${record.title}`, body: body.join('\n').trimEnd() };
}

/**
 * The case book: a cover (title, institution, date), the contents (numbered titles with category and
 * department), then one case a page.
 */
export function caseBookOf(
  records: readonly UseCaseRecord[],
  book: { title: string; institution: string; author: string; createdAt: Date },
): BookInput {
  const contents = records.map((record, index) => {
    const details = [categoryName(record.category), record.departmentName].filter((part) => part !== null);
    return `${index + 1}. ${record.title} (${details.join(' · ')})`;
  });
  return {
    title: book.title,
    coverLines: [book.institution, officialDate(book.createdAt)],
    chapters: [
      { heading: '목차', body: contents.join('\n') },
      ...records.map((record, index) => casePage(record, index + 1)),
    ],
    subject: '활용사례집',
    author: book.author,
    institution: book.institution,
    createdAt: book.createdAt,
  };
}
