import type { LintFinding } from '@jumugwan/contracts';
import { createFinding, lineFix } from './create-finding.js';
import type { DraftLine } from './draft-lines.js';
import { groupThousands, koreanAmount } from './korean-amount.js';
import type { ProjectRule } from './lint-context.js';

// Four or more digits without commas before 원 (also 1000만원); not part of a number, code or phone.
const ungroupedAmountPattern = /(?<![\d,.\-\w])\d{4,}(?=[ \t]?(?:만|억|조)?[ \t]?원)/g;
// 금1,000,000원(금일백만원); only a parenthesis that reads like an amount is compared.
const readingPattern = /(?<![가-힣])금(\d[\d,]*)원[ \t]*([(（])([^()（）\n]*)([)）])/g;
const amountReadingPattern = /^[ \t]*금?[ \t]*[영일이삼사오육칠팔구십백천만억조경 \t]+원?[ \t]*$/;

function ungroupedFindings(line: DraftLine): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const match of line.text.matchAll(ungroupedAmountPattern)) {
    const grouped = groupThousands(match[0]);
    const end = match.index + match[0].length;
    const message = `금액은 세 자리마다 쉼표를 찍습니다: ${grouped}`;
    findings.push(
      createFinding('MONEY_COMMA', line, match.index, end, message, lineFix(line, match.index, end, grouped)),
    );
  }
  return findings;
}

function readingFindings(line: DraftLine): LintFinding[] {
  // Tables leave the reading out, as kordoc's MONEY_NO_HANGUL is told to here.
  if (line.isTable) return [];
  const findings: LintFinding[] = [];
  for (const match of line.text.matchAll(readingPattern)) {
    const [written, digits = '', open = '', inner = '', close = ''] = match;
    if (!amountReadingPattern.test(inner)) continue;
    const reading = koreanAmount(digits);
    if (reading === null || inner === `금${reading}원`) continue;
    const end = match.index + written.length;
    const start = end - open.length - inner.length - close.length;
    const replacement = `(금${reading}원)`;
    const message = `괄호 안 한글 금액이 숫자와 다릅니다: ${replacement}`;
    findings.push(
      createFinding(
        'MONEY_HANGUL_MISMATCH',
        line,
        start,
        end,
        message,
        lineFix(line, start, end, replacement),
      ),
    );
  }
  return findings;
}

/** MONEY_COMMA, MONEY_HANGUL_MISMATCH. */
export const moneyRules: ProjectRule = ({ lines }) =>
  lines.flatMap((line) => [...ungroupedFindings(line), ...readingFindings(line)]);
