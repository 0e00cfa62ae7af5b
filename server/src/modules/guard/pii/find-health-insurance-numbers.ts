import { hasContextNearby } from './has-context-nearby.js';
import { normalizeForMatching } from './normalize-for-matching.js';
import { numberEnd, numberStart } from './number-boundaries.js';
import type { PiiFinding } from './pii-finding.js';

/**
 * 건강보험증번호: 11 digits, written `1-2345678901` or contiguous. The digits carry no check, so only a number
 * with `건강보험` or `보험증` nearby is reported.
 */
export function findHealthInsuranceNumbers(
  text: string,
  normalized = normalizeForMatching(text),
): PiiFinding[] {
  const findings: PiiFinding[] = [];
  // Most text never mentions health insurance; one literal search is cheaper than the digit scan.
  if (!contextPattern.test(normalized)) return findings;
  for (const match of normalized.matchAll(healthInsurancePattern)) {
    const end = match.index + match[0].length;
    if (!hasContextNearby(normalized, match.index, end, contextPattern, 25, 10)) continue;
    findings.push({
      type: 'health_insurance_number',
      start: match.index,
      end,
      value: text.slice(match.index, end),
      confidence: 0.9,
    });
  }
  return findings;
}

const contextPattern = /건강보험|보험증|건보/;
const healthInsurancePattern = new RegExp(`${numberStart}\\d(?: ?- ?|[. ]|)\\d{10}${numberEnd}`, 'g');
