import { hasContextNearby } from './has-context-nearby.js';
import { normalizeForMatching } from './normalize-for-matching.js';
import type { PiiFinding } from './pii-finding.js';

/**
 * 도로명주소 (`테헤란로 123`, `논현로85길 10`, `중앙로123번길 45`) and 지번주소 (`역삼동 123-4`, `덕촌리 산 12-3`,
 * `종로1가 12`). The span starts at the road or 동·리·가 name, so a masked address keeps its 시·도 and 시·군·구
 * (`서울특별시 강서구 [주소_1]`), and runs through an optional building detail (`, 101동 202호`, `(역삼동)`).
 * A 시·도·시·군·구·읍·면 word just before the name, or 주소/거주지/소재지 nearby, is required: `…로 3` alone is
 * as often a particle followed by a count.
 */
export function findAddresses(text: string, normalized = normalizeForMatching(text)): PiiFinding[] {
  const findings: PiiFinding[] = [];
  anchorPattern.lastIndex = 0;
  for (let match = anchorPattern.exec(normalized); match !== null; match = anchorPattern.exec(normalized)) {
    const address = parseAddressAt(normalized, match.index);
    if (address === null) {
      anchorPattern.lastIndex = match.index + 1;
      continue;
    }
    anchorPattern.lastIndex = address.end;
    findings.push({
      type: 'address',
      start: address.start,
      end: address.end,
      value: text.slice(address.start, address.end),
      confidence: address.confidence,
    });
  }
  return findings;
}

interface ParsedAddress {
  start: number;
  end: number;
  confidence: number;
}

function parseAddressAt(text: string, suffixIndex: number): ParsedAddress | null {
  const isRoad = text[suffixIndex] === '로' || text[suffixIndex] === '길';
  let nameStart = suffixIndex;
  while (nameStart > 0 && isHangulOrDigit(text.charCodeAt(nameStart - 1))) nameStart--;
  // `101동 202호` (a building number) and over-long runs are not place names.
  if (nameStart === suffixIndex || suffixIndex - nameStart > maximumNameLength) return null;
  if (!isHangulSyllable(text.charCodeAt(nameStart))) return null;

  const numberPattern = isRoad ? roadNumberPattern : lotNumberPattern;
  numberPattern.lastIndex = suffixIndex + 1;
  const numberMatch = numberPattern.exec(text);
  if (numberMatch === null) return null;
  let end = suffixIndex + 1 + numberMatch[0].length;
  if (!isNumberEnd(text, end)) return null;

  const confidence = regionConfidence(text, nameStart, isRoad);
  if (confidence === 0) return null;

  buildingDetailPattern.lastIndex = end;
  end += buildingDetailPattern.exec(text)?.[0].length ?? 0;
  parentheticalPattern.lastIndex = end;
  end += parentheticalPattern.exec(text)?.[0].length ?? 0;
  return { start: nameStart, end, confidence };
}

/** What follows the number must not continue it or turn it into a count (`로 3건`, `동 2위`). */
function isNumberEnd(text: string, end: number): boolean {
  const next = text[end];
  if (next === undefined) return true;
  if (asciiWordPattern.test(next) || counterCharacters.has(next)) return false;
  return !(next === '-' || next === '.') || !digitPattern.test(text[end + 1] ?? '');
}

function regionConfidence(text: string, nameStart: number, isRoad: boolean): number {
  let wordEnd = nameStart;
  while (wordEnd > 0 && (text[wordEnd - 1] === ' ' || text[wordEnd - 1] === ',')) wordEnd--;
  let wordStart = wordEnd;
  while (wordStart > 0 && isHangulOrDigit(text.charCodeAt(wordStart - 1))) wordStart--;
  const word = text.slice(wordStart, wordEnd);
  if (isRegionWord(word)) return isRoad ? 0.85 : 0.8;
  return hasContextNearby(text, nameStart, nameStart, contextPattern, 30, 0) ? 0.7 : 0;
}

function isRegionWord(word: string): boolean {
  if (provinceNames.has(word)) return true;
  return word.length >= 2 && regionSuffixPattern.test(word) && !regionLookAlikes.has(word);
}

function isHangulSyllable(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3;
}

function isHangulOrDigit(code: number): boolean {
  return isHangulSyllable(code) || (code >= 0x30 && code <= 0x39);
}

const maximumNameLength = 15;
// The anchor is the suffix character followed by a number; names and numbers are parsed around it, which
// avoids a regex that would retry a Hangul run from every syllable. Shared and reset on each call, which is
// safe because the scan is synchronous.
const anchorPattern = /[로길동리가] ?(?:산 ?)?\d/g;
// Road: optional side-road number (`85길`, `123번길`), then the building number.
const roadNumberPattern = /(?: ?\d{1,4}(?:번길|길))? ?\d{1,5}(?:-\d{1,5})?/y;
const lotNumberPattern = / ?(?:산 ?)?\d{1,5}(?:-\d{1,5})?(?:번지)?/y;
const buildingDetailPattern =
  /,? ?(?:(?:지하 ?)?\d{1,3}층(?: ?\d{1,5}호)?|\d{1,4}동(?: ?\d{1,5}호)?|\d{1,5}호)(?![0-9A-Za-z])/y;
const parentheticalPattern = / ?\([가-힣0-9]{1,10}(?:동|가|리|읍|면)(?:, ?[^()\n]{1,20})?\)/y;
const asciiWordPattern = /[0-9A-Za-z]/;
const digitPattern = /[0-9]/;
const counterCharacters = new Set([
  ...Array.from('건개명원일월년회차부세시분초조항권장쪽면위배번호층길가곳대주살인'),
  '%',
]);
const contextPattern = /주소|거주지|소재지|소재|사는 곳/;
const regionSuffixPattern = /[시도구군읍면]$/;
const provinceNames = new Set([
  ...['서울', '부산', '대구', '인천', '광주', '대전', '울산', '세종', '경기', '강원'],
  ...['충북', '충남', '전북', '전남', '경북', '경남', '제주'],
]);
// Everyday words that end like a region name.
const regionLookAlikes = new Set([
  ...['연구', '요구', '도구', '가구', '친구', '입구', '출구', '창구', '추구', '강구', '지구', '인구'],
  ...['정도', '제도', '지도', '속도', '태도', '용도', '시도', '한도', '연도', '년도', '의도', '각도'],
  ...['당시', '즉시', '동시', '표시', '개시', '게시', '수시', '임시', '역시', '다시', '혹시', '지시'],
  ...['장군', '아군', '직군', '측면', '전면', '방면', '서면', '이면', '화면', '장면', '국면'],
]);
