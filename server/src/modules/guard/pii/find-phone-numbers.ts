import { normalizeForMatching } from './normalize-for-matching.js';
import { numberEnd, numberStart } from './number-boundaries.js';
import type { PiiFinding } from './pii-finding.js';

/**
 * Mobile (010, 011, 016–019) and landline (02, 0[3-6][1-5], 070, 0502–0508) numbers. Every pattern starts
 * with 0, so 8-digit representative numbers (1588-1234, 1600-1234) never match: they identify a business,
 * not a person.
 */
export function findPhoneNumbers(text: string, normalized = normalizeForMatching(text)): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (const match of normalized.matchAll(mobilePattern)) {
    const [whole, prefix = '', separator = '', middle = ''] = match;
    findings.push(
      finding(text, match.index, whole, 'mobile_phone', mobileConfidence(prefix, middle, separator !== '')),
    );
  }
  for (const match of normalized.matchAll(landlinePattern)) {
    const [whole, , separator = ''] = match;
    // Contiguous 9–11 digit runs starting with 0 are also common reference numbers; say so.
    const isContiguous = separator === '' && !whole.includes(')');
    findings.push(finding(text, match.index, whole, 'landline_phone', isContiguous ? 0.6 : 0.85));
  }
  return findings;
}

function mobileConfidence(prefix: string, middle: string, hasSeparator: boolean): number {
  // 010 numbers always have a 4-digit middle group; a 3-digit one is a typo or something else.
  if (prefix === '010' && middle.length === 3) return 0.7;
  if (prefix === '010') return hasSeparator ? 0.95 : 0.9;
  return hasSeparator ? 0.9 : 0.8;
}

function finding(
  text: string,
  start: number,
  whole: string,
  type: 'mobile_phone' | 'landline_phone',
  confidence: number,
): PiiFinding {
  const end = start + whole.length;
  return { type, start, end, value: text.slice(start, end), confidence };
}

// The same separator between both group pairs (`\2`), so `010-1234 5678.1` style fragments stay unmatched.
const separatorGroup = '( ?- ?|[. ]|)';
const mobilePattern = new RegExp(
  `${numberStart}(01[016789])${separatorGroup}(\\d{3,4})\\2\\d{4}${numberEnd}`,
  'g',
);
// Official documents also close the area code with a parenthesis: `02)2100-3000`, `(031) 123-4567`.
const landlinePattern = new RegExp(
  `${numberStart}(02|0[3-6][1-5]|070|050[2-8])(?:${separatorGroup}\\d{3,4}\\2|\\) ?\\d{3,4}[-. ]?)\\d{4}${numberEnd}`,
  'g',
);
