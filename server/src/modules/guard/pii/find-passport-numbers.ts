import { hasContextNearby } from './has-context-nearby.js';
import { normalizeForMatching } from './normalize-for-matching.js';
import type { PiiFinding } from './pii-finding.js';

/**
 * 여권번호: one type letter (M, S, R, O, D, G) and 8 digits, or since December 2021 letter + 3 digits + letter +
 * 4 digits (M123A4567). Letter-plus-digits codes are common (product, case and form codes), so without a
 * context word the confidence stays below 0.6.
 */
export function findPassportNumbers(text: string, normalized = normalizeForMatching(text)): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (const match of normalized.matchAll(passportPattern)) {
    const end = match.index + match[0].length;
    const isNewFormat = match[1] !== undefined;
    const hasContext = hasContextNearby(normalized, match.index, end, contextPattern);
    findings.push({
      type: 'passport_number',
      start: match.index,
      end,
      value: text.slice(match.index, end),
      confidence: hasContext ? (isNewFormat ? 0.95 : 0.9) : isNewFormat ? 0.55 : 0.45,
    });
  }
  return findings;
}

const contextPattern = /여권|passport/i;
const passportPattern = /(?<![0-9A-Za-z])[MSRODG](?:\d{3}([A-Z])\d{4}|\d{8})(?![0-9A-Za-z])/g;
