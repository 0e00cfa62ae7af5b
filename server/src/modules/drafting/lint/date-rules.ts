import type { LintFinding } from '@jumugwan/contracts';
import { createFinding, lineFix } from './create-finding.js';
import type { DraftLine } from './draft-lines.js';
import type { ProjectRule } from './lint-context.js';
import { withParticle } from './korean-particle.js';
import {
  canonicalDottedDate,
  dottedDateAt,
  formatPublicDate,
  isValidDate,
  weekdayOf,
} from './public-date.js';

// Statute history notes (<개정 2012.2.14>, 삭제 <2016.2.29.>, [시행일:2017.9.8.]) keep their own form, as in kordoc.
const historyNoteGuard =
  '(?<!<(?:개정|신설|전문개정|전부개정|일부개정|제정)[ \\t]*)(?<!삭제[ \\t]*<)(?<!시행일[ \\t]*:[ \\t]*)';
const dottedDatePattern = new RegExp(`${historyNoteGuard}(?<![\\d.])\\d{4}\\.[ \\t]*\\d{1,2}\\.`, 'g');
const koreanDatePattern =
  /(?<![\d.])(?:(\d{4})[ \t]*년[ \t]*)?(\d{1,2})[ \t]*월[ \t]*(\d{1,2})[ \t]*일(?:[ \t]*\(([월화수목금토일])(?:요일)?\)|[ \t]+([월화수목금토일])요일)?/g;
const weekdayPattern =
  /(?<![\d.])(\d{4})\.[ \t]*(\d{1,2})\.[ \t]*(\d{1,2})\.?([ \t]*\(([월화수목금토일])(요일)?\)|[ \t]+([월화수목금토일])요일)/g;
// The end of a range after a month-day (2025. 7. 1.~7.31): month and day without the year.
const rangeEndPattern =
  /(?<=\d{1,2}\.[ \t]*\d{1,2}\.[ \t]*[~∼～][ \t]*)(?<![\d.])(\d{1,2})\.[ \t]*(\d{1,2})\.?(?![\d.])/g;

function dottedDateFindings(line: DraftLine): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const match of line.text.matchAll(dottedDatePattern)) {
    const date = dottedDateAt(line.text, match.index);
    const canonical = date ? canonicalDottedDate(date) : null;
    if (!date || canonical === null || canonical === date.written) continue;
    const message = `날짜는 '${canonical}'처럼 온점 뒤를 한 칸씩 띄우고 끝에도 온점을 찍습니다.`;
    const fix = lineFix(line, date.start, date.end, canonical);
    findings.push(createFinding('DATE_FORMAT', line, date.start, date.end, message, fix));
  }
  return findings;
}

function koreanDateFindings(line: DraftLine): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const match of line.text.matchAll(koreanDatePattern)) {
    const [written, yearText, monthText = '', dayText = '', bracketWeekday, spacedWeekday] = match;
    const year = yearText === undefined ? undefined : Number(yearText);
    const month = Number(monthText);
    const day = Number(dayText);
    if (!isValidDate(year, month, day)) continue;
    const writtenWeekday = bracketWeekday ?? spacedWeekday;
    const weekday = writtenWeekday && year !== undefined ? weekdayOf(year, month, day) : writtenWeekday;
    const canonical = formatPublicDate(year, month, day) + (weekday ? `(${weekday})` : '');
    const message = `날짜는 '${canonical}'처럼 온점으로 씁니다.`;
    const end = match.index + written.length;
    findings.push(
      createFinding(
        'DATE_KOREAN',
        line,
        match.index,
        end,
        message,
        lineFix(line, match.index, end, canonical),
      ),
    );
  }
  return findings;
}

function weekdayFindings(line: DraftLine): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const match of line.text.matchAll(weekdayPattern)) {
    const [written, yearText = '', monthText = '', dayText = '', part = '', bracketWeekday, , spacedWeekday] =
      match;
    const [year, month, day] = [Number(yearText), Number(monthText), Number(dayText)];
    if (!isValidDate(year, month, day)) continue;
    const weekday = weekdayOf(year, month, day);
    const canonical = `(${weekday})`;
    if (part === canonical) continue;
    const start = match.index + written.length - part.length;
    const end = match.index + written.length;
    const message =
      (bracketWeekday ?? spacedWeekday) === weekday
        ? `요일은 날짜 바로 뒤 괄호 안에 한 글자로 씁니다: ${formatPublicDate(year, month, day)}${canonical}`
        : `${withParticle(formatPublicDate(year, month, day), '은', '는')} ${weekday}요일입니다.`;
    findings.push(
      createFinding('DATE_WEEKDAY', line, start, end, message, lineFix(line, start, end, canonical)),
    );
  }
  return findings;
}

function rangeEndFindings(line: DraftLine): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const match of line.text.matchAll(rangeEndPattern)) {
    const [written, monthText = '', dayText = ''] = match;
    const [month, day] = [Number(monthText), Number(dayText)];
    if (!isValidDate(undefined, month, day)) continue;
    const canonical = formatPublicDate(undefined, month, day);
    if (written === canonical) continue;
    const end = match.index + written.length;
    const message = `기간의 끝 날짜는 '${canonical}'처럼 씁니다.`;
    findings.push(
      createFinding(
        'DATE_RANGE',
        line,
        match.index,
        end,
        message,
        lineFix(line, match.index, end, canonical),
      ),
    );
  }
  return findings;
}

/** DATE_FORMAT, DATE_KOREAN, DATE_WEEKDAY, DATE_RANGE. */
export const dateRules: ProjectRule = ({ lines }) =>
  lines.flatMap((line) => [
    ...dottedDateFindings(line),
    ...koreanDateFindings(line),
    ...weekdayFindings(line),
    ...rangeEndFindings(line),
  ]);
