import { koreanAmount, groupThousands } from './korean-amount.js';
import { canonicalDottedDate, dottedDateAt, formatPublicDate, isValidDate } from './public-date.js';
import { formatPublicTime, twentyFourHour } from './public-time.js';

/** A kordoc finding placed on its line: span and fix in offsets of that line. */
export interface PlacedKordocFinding {
  readonly start: number;
  readonly end: number;
  readonly fix: { readonly start: number; readonly end: number; readonly replacement: string } | null;
}

export interface KordocMatch {
  readonly line: string;
  readonly isTable: boolean;
  /** Where kordoc's (trimmed) match was found in the line. */
  readonly start: number;
  readonly match: string;
  readonly suggest: string | undefined;
}

/** Turns a match into a span and fix; null drops the finding (a case kordoc gets wrong). */
type KordocFixer = (found: KordocMatch) => PlacedKordocFinding | null;

const matchOnly = ({ start, match }: KordocMatch): PlacedKordocFinding => ({
  start,
  end: start + match.length,
  fix: null,
});
const replaceMatch = ({ start, match }: KordocMatch, replacement: string): PlacedKordocFinding => ({
  start,
  end: start + match.length,
  fix: { start, end: start + match.length, replacement },
});
const hangulBefore = (line: string, index: number): boolean => /[가-힣]/.test(line[index - 1] ?? '');

// kordoc reports part of a date (2025.07. of 2025.07.31); the fix rewrites the whole date.
const wholeDate: KordocFixer = (found) => {
  const date = dottedDateAt(found.line, found.start);
  const canonical = date ? canonicalDottedDate(date) : null;
  if (!date) return matchOnly(found);
  // 2025.13.45 is a section or version number, not a date.
  if (canonical === null) return null;
  return {
    start: date.start,
    end: date.end,
    fix: { start: date.start, end: date.end, replacement: canonical },
  };
};

const hyphenDate: KordocFixer = (found) => {
  const [, year, month, day] = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(found.match) ?? [];
  const parts = [Number(year), Number(month), Number(day)] as const;
  if (!year || !isValidDate(...parts)) return null;
  return replaceMatch(found, formatPublicDate(...parts));
};

const amPmTimePattern =
  /(오전|오후|아침|밤|낮)[ \t]*(\d{1,2})[ \t]*시(?:[ \t]*(\d{1,2})[ \t]*분|[ \t]*(반))?/y;
const amPmTime: KordocFixer = (found) => {
  amPmTimePattern.lastIndex = found.start;
  const match = amPmTimePattern.exec(found.line);
  if (!match) return matchOnly(found);
  const [written, period = '', hourText = '', minuteText, half] = match;
  const hour = twentyFourHour(period, Number(hourText));
  const minute = half ? 30 : Number(minuteText ?? 0);
  const end = found.start + written.length;
  if (hour === null || minute > 59) return { start: found.start, end, fix: null };
  return {
    start: found.start,
    end,
    fix: { start: found.start, end, replacement: formatPublicTime(hour, minute) },
  };
};

const thousandWon: KordocFixer = (found) => {
  // kordoc's \d+ misses the thousands before a comma in 1,500천원.
  let start = found.start;
  while (start > 0 && /[\d,]/.test(found.line[start - 1] ?? '')) start -= 1;
  const end = found.start + found.match.length;
  const digits = found.line.slice(start, end).replace(/[^\d]/g, '');
  return { start, end, fix: { start, end, replacement: `${groupThousands(`${digits}000`)}원` } };
};

const spacedGeum: KordocFixer = (found) => {
  // 보조금 1,000원, 지금 3건: 금 ends a word here, it is not the amount's prefix.
  if (hangulBefore(found.line, found.start)) return null;
  const digitStart = found.start + found.match.length - 1;
  return {
    start: found.start,
    end: found.start + found.match.length,
    fix: { start: found.start, end: digitStart, replacement: '금' },
  };
};

const colonAfterAttachment: KordocFixer = (found) => {
  const end = found.start + found.match.length;
  let after = end;
  while (/[ \t]/.test(found.line[after] ?? '')) after += 1;
  const replacement = after < found.line.length ? '붙임  ' : '붙임';
  return { start: found.start, end, fix: { start: found.start, end: after, replacement } };
};

const tildeWithUntil: KordocFixer = (found) => {
  const end = found.start + found.match.length;
  return { start: found.start, end, fix: { start: end - '까지'.length, end, replacement: '' } };
};

const foreignFirstPattern = /([A-Z]{2,5})[ \t]*\(([^()\n]+)\)/y;
const foreignFirst: KordocFixer = (found) => {
  foreignFirstPattern.lastIndex = found.start;
  const match = foreignFirstPattern.exec(found.line);
  if (!match) return matchOnly(found);
  const [written, abbreviation = '', korean = ''] = match;
  const end = found.start + written.length;
  return {
    start: found.start,
    end,
    fix: { start: found.start, end, replacement: `${korean.trim()}(${abbreviation})` },
  };
};

const colonSpacing: KordocFixer = (found) => {
  const colon = found.start + found.match.indexOf(':');
  let before = colon;
  while (/[ \t]/.test(found.line[before - 1] ?? '')) before -= 1;
  let after = colon + 1;
  while (/[ \t]/.test(found.line[after] ?? '')) after += 1;
  // 14 : 30 is a time and 붙임 : a 붙임 line; TIME_COLON_SP and BUNIM_COLON report those with their fix.
  if (/\d/.test(found.line[before - 1] ?? '') && /\d/.test(found.line[after] ?? '')) return null;
  if (/붙[ \t]*임$/.test(found.line.slice(0, before))) return null;
  const replacement = after < found.line.length ? ': ' : ':';
  return {
    start: found.start,
    end: found.start + found.match.length,
    fix: { start: before, end: after, replacement },
  };
};

const missingReading: KordocFixer = (found) => {
  // Tables leave the reading out; and 보조금1,000원's 금 is not the prefix.
  if (found.isTable || hangulBefore(found.line, found.start)) return null;
  const reading = koreanAmount(found.match.slice(1, -1));
  const end = found.start + found.match.length;
  if (reading === null) return matchOnly(found);
  return { start: found.start, end, fix: { start: end, end, replacement: `(금${reading}원)` } };
};

const tildeSpacing: KordocFixer = (found) => {
  let start = found.start;
  while (/[ \t]/.test(found.line[start - 1] ?? '')) start -= 1;
  let end = found.start + found.match.length;
  while (/[ \t]/.test(found.line[end] ?? '')) end += 1;
  return { start, end, fix: { start, end, replacement: found.match } };
};

// kordoc's suggest for dictionary rules is the real replacement: "컨텐츠 → 콘텐츠".
const dictionary: KordocFixer = (found) => {
  const [, word, replacement] = /^(.+) → (.+)$/.exec(found.suggest ?? '') ?? [];
  if (word !== found.match || replacement === undefined) return matchOnly(found);
  return replaceMatch(found, replacement);
};

export const kordocFixers: Readonly<Record<string, KordocFixer>> = {
  DATE_NO_SPACE: wholeDate,
  DATE_ZERO_PAD: wholeDate,
  DATE_NO_END_DOT: wholeDate,
  DATE_2DIGIT_YR: matchOnly,
  DATE_HYPHEN: hyphenDate,
  TIME_AMPM: amPmTime,
  TIME_24H: matchOnly,
  TIME_COLON_SP: (found) => replaceMatch(found, found.match.replace(/\s+/g, '')),
  MONEY_CHEONWON: thousandWon,
  MONEY_GEUM_SP: spacedGeum,
  BUNIM_COLON: colonAfterAttachment,
  KKAJI_DUP: tildeWithUntil,
  FOREIGN_FIRST: foreignFirst,
  COLON_SPACE: colonSpacing,
  MONEY_NO_HANGUL: missingReading,
  TILDE_SPACE: tildeSpacing,
  DUEUM_ERROR: (found) => replaceMatch(found, `연${found.match.slice(1)}`),
  LOANWORD_ERROR: dictionary,
  DISCRIMINATORY_TERM: dictionary,
  AI_EM_DASH: matchOnly,
  AI_BOLD_OVERUSE: matchOnly,
};
