import { normalizeForMatching } from './normalize-for-matching.js';
import { digitsOnly, numberEnd, numberStart } from './number-boundaries.js';
import type { PiiFinding } from './pii-finding.js';

/**
 * 사업자등록번호 NNN-NN-NNNNN. Only numbers whose check digit passes are reported. A company's number is not
 * personal, but a sole proprietor's identifies a person, and the text rarely says which.
 */
export function findBusinessRegistrationNumbers(
  text: string,
  normalized = normalizeForMatching(text),
): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (const match of normalized.matchAll(businessNumberPattern)) {
    const [whole, , separator = ''] = match;
    if (!businessCheckDigitPasses(digitsOnly(whole))) continue;
    const end = match.index + whole.length;
    findings.push({
      type: 'business_registration_number',
      start: match.index,
      end,
      value: text.slice(match.index, end),
      // One random 10-digit run in ten passes the check, so an unseparated run is only a weak signal.
      confidence: separator === '' ? 0.6 : 0.95,
    });
  }
  return findings;
}

/** National Tax Service rule: weights 1,3,7,1,3,7,1,3,5 plus the carry of the ninth digit × 5. */
export function businessCheckDigitPasses(digits: string): boolean {
  if (digits.length !== 10) return false;
  let sum = 0;
  for (let index = 0; index < checkWeights.length; index++) {
    sum += Number(digits[index]) * (checkWeights[index] ?? 0);
  }
  sum += Math.floor((Number(digits[8]) * 5) / 10);
  return (10 - (sum % 10)) % 10 === Number(digits[9]);
}

const checkWeights = [1, 3, 7, 1, 3, 7, 1, 3, 5] as const;

const businessNumberPattern = new RegExp(`${numberStart}(\\d{3})([-. ]|)\\d{2}\\2\\d{5}${numberEnd}`, 'g');
