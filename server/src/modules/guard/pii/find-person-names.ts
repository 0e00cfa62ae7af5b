import { compoundKoreanSurnames, koreanSurnames } from './korean-surnames.js';
import { normalizeForMatching } from './normalize-for-matching.js';
import type { PiiFinding } from './pii-finding.js';
import { personNameStopWords, titlesAfterNames } from './person-name-stop-words.js';

/**
 * Korean names, only where the text marks them: after 성명/이름/민원인/신청인/대표자/담당자 (`성명: 홍길동`,
 * `민원인 김철수는`), or before 님/씨, directly or through a title (`홍길동 님`, `이영희씨`, `김철수 주무관님`).
 * A name is 2–4 syllables starting with a listed surname; a bare name without such a marker is not sought,
 * because Korean common nouns starting with a surname syllable are everywhere.
 */
export function findPersonNames(text: string, normalized = normalizeForMatching(text)): PiiFinding[] {
  const findings: PiiFinding[] = [];
  // One pass over the text for all three markers; each branch then looks around its match in code.
  for (const match of normalized.matchAll(markerPattern)) {
    const [marker, honorific, title] = match;
    let name: NameSpan | null;
    if (honorific !== undefined) name = nameBeforeHonorific(normalized, match.index);
    else if (title !== undefined) name = nameBeforeBareTitle(normalized, match.index, marker.length);
    else name = nameAfterKeyword(normalized, match.index, marker.length);
    if (name !== null) findings.push(finding(text, name.start, name.end, name.confidence));
  }
  return findings;
}

interface NameSpan {
  start: number;
  end: number;
  confidence: number;
}

function nameAfterKeyword(text: string, keywordStart: number, keywordLength: number): NameSpan | null {
  if (isHangulSyllable(text.charCodeAt(keywordStart - 1))) return null;
  afterKeywordPattern.lastIndex = keywordStart + keywordLength;
  const [, separator = '', run = ''] = afterKeywordPattern.exec(text) ?? [];
  const runStart = keywordStart + keywordLength + separator.length;
  const length = nameLengthInRun(run, text[runStart + run.length]);
  if (length === 0) return null;
  // A colon marks a form field (`성명: 홍길동`), the strongest signal there is.
  const confidence = Math.min(0.95, nameConfidence(length, run) + (separator.includes(':') ? 0.05 : 0));
  return { start: runStart, end: runStart + length, confidence };
}

/** `홍길동 주무관` without 님: the title must follow a word and a space, and be followed by a particle or end. */
function nameBeforeBareTitle(text: string, titleStart: number, titleLength: number): NameSpan | null {
  if (text[titleStart - 1] !== ' ' || !isHangulSyllable(text.charCodeAt(titleStart - 2))) return null;
  if (!canFollowHonorific(text[titleStart + titleLength])) return null;
  return nameBeforeTitle(text, titleStart, 0.75);
}

function nameBeforeHonorific(text: string, honorificIndex: number): NameSpan | null {
  if (!canFollowHonorific(text[honorificIndex + 1])) return null;
  const word = hangulWordBefore(text, honorificIndex);
  if (word === null) return null;
  if (titlesAfterNames.has(word.value)) return nameBeforeTitle(text, word.start, 0.8);
  if (!isName(word.value)) return null;
  return {
    start: word.start,
    end: word.start + word.value.length,
    confidence: nameConfidence(word.value.length, word.value),
  };
}

/**
 * Through a title only a full name counts (`최근 과장님` has a two-syllable word before the title), and not a
 * department (`기획과 팀장님`).
 */
function nameBeforeTitle(text: string, titleStart: number, confidence: number): NameSpan | null {
  const name = hangulWordBefore(text, titleStart);
  if (name === null || name.value.length < 3 || departmentSuffixPattern.test(name.value)) return null;
  if (!compoundKoreanSurnames.has(name.value.slice(0, 2)) && name.value.length !== 3) return null;
  if (!isName(name.value)) return null;
  return { start: name.start, end: name.start + name.value.length, confidence };
}

/** The Hangul run ending at `end`, or ending one space before it. */
function hangulWordBefore(text: string, end: number): { start: number; value: string } | null {
  let wordEnd = end;
  if (text[wordEnd - 1] === ' ') wordEnd--;
  let start = wordEnd;
  while (start > 0 && wordEnd - start <= 5 && isHangulSyllable(text.charCodeAt(start - 1))) start--;
  const value = text.slice(start, wordEnd);
  if (value.length < 2 || value.length > 5 || isHangulSyllable(text.charCodeAt(start - 1))) return null;
  return { start, value };
}

/** After 님/씨: a particle or anything not Hangul (`씨름`, `씨앗` are words of their own). */
function canFollowHonorific(next: string | undefined): boolean {
  if (next === undefined || !isHangulSyllable(next.charCodeAt(0))) return true;
  return particleStartCharacters.has(next);
}

/** Length of the name at the start of a Hangul run, allowing a particle after it; 0 if none. */
function nameLengthInRun(run: string, nextCharacter: string | undefined): number {
  if (startsWithStopWord(run)) return 0;
  const isCompound = compoundKoreanSurnames.has(run.slice(0, 2));
  // Three syllables first: by far the most common length, and a 2-syllable reading of `김철수는` is wrong.
  for (const length of isCompound ? [3, 4] : [3, 2]) {
    if (run.length < length) continue;
    const rest = run.slice(length);
    if (rest !== '' && !particles.has(rest)) continue;
    if (!isName(run.slice(0, length))) continue;
    // A bare two-syllable run (`성명 기재`) is too often a noun; only a closing mark makes it a name.
    if (length === 2 && (rest !== '' || !closingMarkPattern.test(nextCharacter ?? '\n'))) continue;
    return length;
  }
  // Four syllables with a one-syllable surname only as the whole run (`김수한무`), never before a particle.
  if (!isCompound && run.length === 4 && isName(run)) return 4;
  return 0;
}

function isName(candidate: string): boolean {
  if (candidate.length < 2 || candidate.length > 4 || personNameStopWords.has(candidate)) return false;
  if (compoundKoreanSurnames.has(candidate.slice(0, 2))) return candidate.length >= 3;
  return koreanSurnames.has(candidate[0] ?? '') && !startsWithStopWord(candidate);
}

function startsWithStopWord(run: string): boolean {
  for (let length = 2; length <= Math.min(4, run.length); length++) {
    if (personNameStopWords.has(run.slice(0, length))) return true;
  }
  return false;
}

function nameConfidence(length: number, name: string): number {
  if (length === 2) return compoundKoreanSurnames.has(name.slice(0, 2)) ? 0.5 : 0.65;
  if (length === 4 && !compoundKoreanSurnames.has(name.slice(0, 2))) return 0.6;
  return 0.85;
}

function finding(text: string, start: number, end: number, confidence: number): PiiFinding {
  return { type: 'person_name', start, end, value: text.slice(start, end), confidence };
}

function isHangulSyllable(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3;
}

const nameKeywords = '성명|이름|민원인|신청인|대표자|담당자|예금주|대리인|보호자|작성자|수령인';
// Signature lines and reports name people by title without 님 (`홍길동 주무관`): only titles that rarely
// stand alone. A title followed by 님 is handled from the 님.
const bareTitles = '주무관|사무관|서기관|행정관|연구관|연구사|과장|팀장|국장|실장|계장|주임|차장|부장';
// No leading lookbehind: it would run at every position; the character before is checked in code.
const markerPattern = new RegExp(`([님씨])|(${bareTitles})|(?:${nameKeywords})`, 'g');
// After a keyword: a colon and/or spaces, then the Hangul run holding the name and maybe a particle.
const afterKeywordPattern = /( {0,2}: {0,2}| {1,2})([가-힣]{2,8})/y;
const particles = new Set([
  ...['은', '는', '이', '가', '을', '를', '의', '에게', '께서', '께', '과', '와', '도', '님', '씨', '만'],
  ...['님이', '님은', '님의', '님께서', '님께', '님과', '씨가', '씨는', '씨의', '씨와', '씨께서', '이며'],
  ...['입니다', '이고', '이다', '에', '로', '으로', '까지', '외', '등', '에게서', '으로부터', '로부터'],
]);
const particleStartCharacters = new Set(Array.from('이은을께의과와도에가는만로으들입한랑하및'));
const closingMarkPattern = /[\s,.)(/·;:]/;
const departmentSuffixPattern = /[과팀실청처계]$/;
