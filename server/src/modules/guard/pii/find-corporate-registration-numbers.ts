import { hasContextNearby } from './has-context-nearby.js';
import { normalizeForMatching } from './normalize-for-matching.js';
import { numberEnd, numberStart } from './number-boundaries.js';
import type { PiiFinding } from './pii-finding.js';

/**
 * 법인등록번호 NNNNNN-NNNNNNN, the same shape as a 주민등록번호. Only a passing check digit is reported on its
 * own; `법인` nearby lifts it above a registration-number reading of the same digits.
 */
export function findCorporateRegistrationNumbers(
  text: string,
  normalized = normalizeForMatching(text),
): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (const match of normalized.matchAll(corporateNumberPattern)) {
    const [whole, head = '', separator = '', tail = ''] = match;
    const end = match.index + whole.length;
    const digits = head + tail;
    const passes = corporateCheckDigitPasses(digits);
    const hasContext = hasContextNearby(normalized, match.index, end, contextPattern);
    const confidence = corporateConfidence(digits, passes, hasContext, separator !== '');
    if (confidence === 0) continue;
    findings.push({
      type: 'corporate_registration_number',
      start: match.index,
      end,
      value: text.slice(match.index, end),
      confidence,
    });
  }
  return findings;
}

/** Weights 1,2,1,2,… over the first 12 digits; check = (10 − sum % 10) % 10. */
export function corporateCheckDigitPasses(digits: string): boolean {
  if (digits.length !== 13) return false;
  let sum = 0;
  for (let index = 0; index < 12; index++) sum += Number(digits[index]) * (index % 2 === 0 ? 1 : 2);
  return (10 - (sum % 10)) % 10 === Number(digits[12]);
}

function corporateConfidence(
  digits: string,
  passes: boolean,
  hasContext: boolean,
  hasSeparator: boolean,
): number {
  // 0.99 ties a passing 주민등록번호; find-personal-information lists this recognizer first to win the tie.
  if (hasContext) return passes ? 0.99 : 0.5;
  if (!passes || !hasSeparator) return 0;
  // Below a hyphenated 주민등록번호 with a failed check (0.75) when the digits could also be one.
  return couldBeRegistrationNumber(digits) ? 0.7 : 0.85;
}

function couldBeRegistrationNumber(digits: string): boolean {
  const month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

const contextPattern = /법인/;
const corporateNumberPattern = new RegExp(`${numberStart}(\\d{6})( ?- ?|[. ]|)(\\d{7})${numberEnd}`, 'g');
