import { hasContextNearby } from './has-context-nearby.js';
import { normalizeForMatching } from './normalize-for-matching.js';
import { numberEnd, numberStart } from './number-boundaries.js';
import type { PiiFinding } from './pii-finding.js';

/**
 * 운전면허번호: NN-NN-NNNNNN-NN with a region code 11–28 first, or the older form with the region's name
 * instead of the code (`서울 12-345678-90`).
 */
export function findDriverLicenseNumbers(
  text: string,
  normalized = normalizeForMatching(text),
): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (const match of normalized.matchAll(numericPattern)) {
    const [whole, separator = ''] = match;
    const end = match.index + whole.length;
    const hasContext = hasContextNearby(normalized, match.index, end, contextPattern);
    // Twelve bare digits are any serial number unless the text says 면허.
    const confidence = separator === '' ? (hasContext ? 0.85 : 0.4) : hasContext ? 0.95 : 0.85;
    findings.push(finding(text, match.index, end, confidence));
  }
  for (const match of normalized.matchAll(regionNumberPattern)) {
    const start = regionNameStart(normalized, match.index);
    if (start !== null) findings.push(finding(text, start, match.index + match[0].length, 0.95));
  }
  return findings;
}

/** Start of the region name (`서울`, `서울 `) just before the number, or null without one. */
function regionNameStart(text: string, numberStart: number): number | null {
  const nameEnd = text[numberStart - 1] === ' ' ? numberStart - 1 : numberStart;
  return regionNames.has(text.slice(nameEnd - 2, nameEnd)) ? nameEnd - 2 : null;
}

function finding(text: string, start: number, end: number, confidence: number): PiiFinding {
  return { type: 'driver_license_number', start, end, value: text.slice(start, end), confidence };
}

const contextPattern = /면허/;
const numericPattern = new RegExp(
  `${numberStart}(?:1[1-9]|2[0-8])([-. ]?)\\d{2}\\1\\d{6}\\1\\d{2}${numberEnd}`,
  'g',
);
const regionNames = new Set([
  ...['서울', '부산', '경기', '강원', '충북', '충남', '전북', '전남', '경북', '경남', '제주', '대구', '인천'],
  ...['광주', '대전', '울산'],
]);
// Anchored on the digits, not on the sixteen names: a pattern starting with a long alternation is slower.
const regionNumberPattern = new RegExp(`(?<![0-9A-Za-z])\\d{2}([-. ])\\d{6}\\1\\d{2}${numberEnd}`, 'g');
