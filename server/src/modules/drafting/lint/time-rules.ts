import type { LintFinding } from '@jumugwan/contracts';
import { createFinding, lineFix } from './create-finding.js';
import type { ProjectRule } from './lint-context.js';
import { formatPublicTime } from './public-time.js';

/*
 * 14시 30분, 9시 반, 14시부터. Not 시간/시각/시군/시작 (the word after 시 must be a particle or
 * nothing), not after 오전/오후 (kordoc's TIME_AMPM), and not 24시 (kordoc's TIME_24H).
 */
const koreanTimePattern =
  /(?<!(?:오전|오후|아침|밤|낮)[ \t]*)(?<![\d.:제])(\d{1,2})[ \t]*시(?:[ \t]*(\d{1,2})[ \t]*분(?!간)|[ \t]*(반))?(?=$|[^가-힣]|부터|까지|에|경|쯤|께|이후|이전|전|후|정각|로|으로|을|를|은|는|이|가|와|과)/g;

const followingMinutesPattern = /^[ \t]*\d{1,2}[ \t]*분/;

/** TIME_KOREAN: 14시 30분 → 14:30. */
export const timeRules: ProjectRule = ({ lines }) => {
  const findings: LintFinding[] = [];
  for (const line of lines) {
    for (const match of line.text.matchAll(koreanTimePattern)) {
      const [written, hourText = '', minuteText, half] = match;
      const hour = Number(hourText);
      const minute = half ? 30 : Number(minuteText ?? 0);
      const end = match.index + written.length;
      // "14시 30분동안": the minutes did not fit, so the hour alone must not be rewritten either.
      const minutesLeftBehind =
        minuteText === undefined && followingMinutesPattern.test(line.text.slice(end));
      if (hour > 23 || minute > 59 || minutesLeftBehind) continue;
      const time = formatPublicTime(hour, minute);
      const message = `시각은 '${time}'처럼 씁니다.`;
      findings.push(
        createFinding('TIME_KOREAN', line, match.index, end, message, lineFix(line, match.index, end, time)),
      );
    }
  }
  return findings;
};
