import { hasContextNearby } from './has-context-nearby.js';
import { normalizeForMatching } from './normalize-for-matching.js';
import { digitsOnly, numberEnd, numberStart } from './number-boundaries.js';
import type { PiiFinding } from './pii-finding.js';

/** Payment card numbers: 13–19 digits, contiguous or in groups, with a passing Luhn check. */
export function findCardNumbers(text: string, normalized = normalizeForMatching(text)): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (const match of normalized.matchAll(cardNumberPattern)) {
    const [whole, separator] = match;
    const digits = digitsOnly(whole);
    if (digits.length < 13 || digits.length > 19 || !luhnPasses(digits)) continue;
    const end = match.index + whole.length;
    findings.push({
      type: 'card_number',
      start: match.index,
      end,
      value: text.slice(match.index, end),
      confidence: cardConfidence(
        digits,
        separator !== undefined,
        hasContextNearby(normalized, match.index, end, contextPattern),
      ),
    });
  }
  return findings;
}

export function luhnPasses(digits: string): boolean {
  let sum = 0;
  let doubleThis = false;
  for (let index = digits.length - 1; index >= 0; index--) {
    let digit = Number(digits[index]);
    if (doubleThis) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    doubleThis = !doubleThis;
  }
  return sum % 10 === 0;
}

function cardConfidence(digits: string, isGrouped: boolean, hasContext: boolean): number {
  if (isGrouped) return 0.95;
  // Domestic cards (BC 9…) fall outside the issuer prefixes below; the word 카드 says what the run is.
  if (hasContext && digits.length >= 14) return 0.85;
  // One random digit run in ten passes Luhn. Issuer prefixes 2–6 (Mastercard, Amex, JCB, Visa, UnionPay)
  // make a long run likelier to be a card; 13 digits is mostly a 주민등록번호-length serial, not a card.
  if (digits.length >= 14 && issuerPrefixPattern.test(digits)) return 0.8;
  return 0.5;
}

const issuerPrefixPattern = /^[2-6]/;
const contextPattern = /카드|card/i;

// Grouped form starts with 4 digits (every scheme does) and repeats the first separator.
const cardNumberPattern = new RegExp(
  `${numberStart}(?:\\d{13,19}|\\d{4}([-. ])\\d{3,6}(?:\\1\\d{1,6}){1,3})${numberEnd}`,
  'g',
);
