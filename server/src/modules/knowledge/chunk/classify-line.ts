/** What a line of body text is, as far as the document's structure goes. */
export type LineStructure =
  /** 제1편/제1장/제1절/제1관 or 부칙: a section title; rank orders them (편 10 < 장 20 < 절 30 < 관 40). */
  | { kind: 'division'; rank: number; pathEntry: string }
  /** 제3조(정의) …: the article's title line, with or without its first paragraph on the same line. */
  | { kind: 'article'; pathEntry: string; titleOnly: boolean }
  /** Ⅰ. 추진 배경, 1. 사업 개요: may be a title when short (see isTitleLike) and not one of a list. */
  | { kind: 'roman' | 'arabic'; strength: number }
  /** Anything else; strength is how good a place to break a chunk before this line is (see itemStrength). */
  | { kind: 'text'; strength: number };

export const articleRank = 50;
export const romanRank = 20;
export const arabicRank = 30;

/** Classifies one whitespace-normalised line. */
export function classifyLine(line: string): LineStructure {
  const division = divisionPattern.exec(line);
  if (division !== null && isTitleLike(line)) {
    // 부칙 (no unit) ranks with chapters: it follows the last chapter, and its articles go under it.
    const rank = divisionRanks.get(division[1] ?? '장') ?? chapterRank;
    return { kind: 'division', rank, pathEntry: line };
  }
  const article = articlePattern.exec(line);
  if (article !== null) {
    const [matched, number = '', title = ''] = article;
    const rest = line.slice(matched.length).replace(amendmentNotes, '').trim();
    return { kind: 'article', pathEntry: number.replace(/\s+/g, '') + title, titleOnly: rest === '' };
  }
  if (romanPattern.test(line)) return { kind: 'roman', strength: 3 };
  if (arabicPattern.test(line)) return { kind: 'arabic', strength: 2 };
  return { kind: 'text', strength: itemStrength(line) };
}

/** Short, title-like lines only: no final period and no sentence ending, at most 60 characters. */
export function isTitleLike(line: string): boolean {
  return line.length <= 60 && !/[.。:;,]$|다$/.test(line);
}

/**
 * How good a place to break before a line is, from its list marker: 항 ①② and □ 3; 호 "1." 목 "가." and
 * ○ 2; "1)", "가)", "(1)", "(가)", "-", "※" 1; a line without a marker 0.
 */
function itemStrength(line: string): number {
  if (strongItem.test(line)) return 3;
  if (mediumItem.test(line)) return 2;
  if (weakItem.test(line)) return 1;
  return 0;
}

const chapterRank = 20;
const divisionRanks = new Map([
  ['편', 10],
  ['장', chapterRank],
  ['절', 30],
  ['관', 40],
]);
const divisionPattern = /^(?:제\s*\d+\s*([편장절관])(?:\s*의\s*\d+)?(?:\s+\S.*)?|부\s*칙(?:\s*[<(［[].*)?)$/;
// The title may hold one level of parentheses: 제5조(보조사업자(補助事業者)의 의무).
const articlePattern =
  /^(제\s*\d+\s*조(?:\s*의\s*\d+)?)\s*(\((?:[^()]|\([^()]*\))*\))(?=$|\s|[\u2460-\u2473<[［])/;
const amendmentNotes = /[<[［][^>\]］]*[>\]］]/g;
const romanPattern = /^(?:[\u2160-\u216b]|[IVX]{1,4})\.\s*\S/;
const arabicPattern = /^\d{1,2}\.\s+\S/;
const strongItem = /^[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf□■◆◇]/;
const mediumItem = /^(?:\d{1,3}\.\s|[가나다라마바사아자차카타파하]\.\s|[○◦●◎]|ㅇ\s)/;
const weakItem =
  /^(?:(?:\d{1,3}|[가나다라마바사아자차카타파하])\)|\((?:\d{1,3}|[가나다라마바사아자차카타파하])\)|[-–·•※*▶▷►➢‣])/;
