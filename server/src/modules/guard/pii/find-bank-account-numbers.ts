import { hasContextNearby } from './has-context-nearby.js';
import { normalizeForMatching } from './normalize-for-matching.js';
import { digitsOnly, numberEnd, numberStart } from './number-boundaries.js';
import type { PiiFinding } from './pii-finding.js';

/**
 * 계좌번호: 10–14 digits in 2–4 groups (국민 6-2-6, 신한 3-3-6, 우리 4-3-6, 농협 3-4-4-2, 카카오뱅크 4-2-7, …),
 * reported only with a banking word nearby: the shape alone is shared with too many reference numbers.
 * Bare digit runs need a stronger word (계좌, 통장, 입금, 이체) close by.
 */
export function findBankAccountNumbers(text: string, normalized = normalizeForMatching(text)): PiiFinding[] {
  const findings: PiiFinding[] = [];
  // Without any banking word in the text nothing can be reported; one literal search skips the digit scan.
  if (!contextPattern.test(normalized)) return findings;
  for (const match of normalized.matchAll(accountPattern)) {
    const [whole, separator] = match;
    const digitCount = digitsOnly(whole).length;
    if (digitCount < 10 || digitCount > 14) continue;
    const end = match.index + whole.length;
    let confidence: number;
    if (separator === undefined) {
      if (!hasContextNearby(normalized, match.index, end, strongContextPattern, 15, 5)) continue;
      confidence = 0.7;
    } else {
      if (otherShapePatterns.some((pattern) => pattern.test(whole))) continue;
      if (!hasContextNearby(normalized, match.index, end, contextPattern, 30, 15)) continue;
      // A bank word right by the number outranks a grouped card reading of 13–14 digits (새마을금고 4-4-4-1
      // passes Luhn one time in ten); phone, registration and business shapes were excluded above.
      confidence = hasContextNearby(normalized, match.index, end, contextPattern, 12, 8) ? 0.96 : 0.85;
    }
    findings.push({
      type: 'bank_account_number',
      start: match.index,
      end,
      value: text.slice(match.index, end),
      confidence,
    });
  }
  return findings;
}

const strongContextPattern = /계좌|통장|입금|이체|송금/;
const contextPattern =
  /계좌|통장|입금|이체|송금|예금주|은행|국민|신한|우리|하나|농협|기업|카카오뱅크|토스뱅크|케이뱅크|새마을금고|우체국|신협|수협|SC제일|씨티/;
// Phone numbers (0X(X)-XXX(X)-XXXX), 주민등록번호 and 사업자등록번호 shapes belong to their own recognizers.
const otherShapePatterns = [
  /^0\d{1,2}([-. ])\d{3,4}\1\d{4}$/,
  /^\d{6}[-. ]\d{7}$/,
  /^\d{3}([-. ])\d{2}\1\d{5}$/,
];
const accountPattern = new RegExp(
  `${numberStart}(?:\\d{2,6}([-. ])\\d{2,7}(?:\\1\\d{1,7}){0,2}|\\d{10,14})${numberEnd}`,
  'g',
);
