import { normalizeForMatching } from './normalize-for-matching.js';
import { numberEnd, numberStart } from './number-boundaries.js';
import type { PiiFinding } from './pii-finding.js';

/**
 * 주민등록번호 and 외국인등록번호: YYMMDD-GNNNNNN. The 7th digit G gives century and residency. A valid date is
 * required; the check digit only moves confidence, because numbers issued since October 2020 carry none.
 */
export function findRegistrationNumbers(text: string, normalized = normalizeForMatching(text)): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (const match of normalized.matchAll(registrationNumberPattern)) {
    const [whole, yearText = '', monthText = '', dayText = '', separator = '', centuryText = '', rest = ''] =
      match;
    const centuryDigit = Number(centuryText);
    const century = centuryByDigit[centuryDigit];
    if (century === undefined) continue;
    if (!isValidDate(century + Number(yearText), Number(monthText), Number(dayText))) continue;

    const digits = `${yearText}${monthText}${dayText}${centuryText}${rest}`;
    const isForeign = centuryDigit >= 5 && centuryDigit <= 8;
    const checkDigitPasses = isForeign ? foreignCheckDigitPasses(digits) : residentCheckDigitPasses(digits);
    findings.push({
      type: isForeign ? 'foreign_registration_number' : 'resident_registration_number',
      start: match.index,
      end: match.index + whole.length,
      value: text.slice(match.index, match.index + whole.length),
      confidence: registrationConfidence(centuryDigit, checkDigitPasses, separator !== ''),
    });
  }
  return findings;
}

export function residentCheckDigitPasses(digits: string): boolean {
  return checkDigitFor(digits, 11) === Number(digits[12]);
}

/**
 * Older foreign numbers are documented with both (11 - sum % 11) % 10 and (13 - sum % 11) % 10; accepting
 * either keeps genuine numbers of both vintages at high confidence.
 */
export function foreignCheckDigitPasses(digits: string): boolean {
  const checkDigit = Number(digits[12]);
  return checkDigitFor(digits, 11) === checkDigit || checkDigitFor(digits, 13) === checkDigit;
}

function checkDigitFor(digits: string, base: number): number {
  let sum = 0;
  for (let index = 0; index < checkWeights.length; index++) {
    sum += Number(digits[index]) * (checkWeights[index] ?? 0);
  }
  return (base - (sum % 11)) % 10;
}

function registrationConfidence(
  centuryDigit: number,
  checkDigitPasses: boolean,
  hasSeparator: boolean,
): number {
  // 1800s births (9/0) are almost never alive to be written about; a match is more likely a coincidence.
  if (centuryDigit === 9 || centuryDigit === 0) return checkDigitPasses ? 0.5 : 0.35;
  // Without the hyphen a 13-digit run could be any serial number, so a failed check digit says more.
  if (hasSeparator) return checkDigitPasses ? 0.99 : 0.75;
  return checkDigitPasses ? 0.95 : 0.6;
}

function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const checkWeights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5] as const;

const centuryByDigit: Partial<Record<number, number>> = {
  0: 1800,
  1: 1900,
  2: 1900,
  3: 2000,
  4: 2000,
  5: 1900,
  6: 1900,
  7: 2000,
  8: 2000,
  9: 1800,
};

// Separator: hyphen (optionally spaced, as in hand-typed forms), dot, space, or none.
const registrationNumberPattern = new RegExp(
  `${numberStart}(\\d{2})(\\d{2})(\\d{2})( ?- ?|[. ]|)(\\d)(\\d{6})${numberEnd}`,
  'g',
);
