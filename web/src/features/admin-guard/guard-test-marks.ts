import type { GuardTestResponse } from '@jumugwan/contracts';
import { highlightSegments, type HighlightSegment } from './highlight-segments';

export type PiiFinding = GuardTestResponse['findings'][number];
export type BannedWordFinding = GuardTestResponse['bannedWords'][number];

export type GuardTestMark =
  { kind: 'pii'; finding: PiiFinding } | { kind: 'banned'; finding: BannedWordFinding };

/** The tested text cut into runs marked with the personal information and 금칙어 found in them. */
export function guardTestSegments(
  text: string,
  result: GuardTestResponse,
): HighlightSegment<GuardTestMark>[] {
  return highlightSegments<GuardTestMark>(text, [
    ...result.findings.map((finding) => ({
      start: finding.start,
      end: finding.end,
      mark: { kind: 'pii' as const, finding },
    })),
    ...result.bannedWords.map((finding) => ({
      start: finding.start,
      end: finding.end,
      mark: { kind: 'banned' as const, finding },
    })),
  ]);
}

/** 0.953 → 95 (the guard reports confidence from 0 to 1; the policy sets it in percent). */
export function confidencePercent(confidence: number): number {
  return Math.round(Math.max(0, Math.min(1, confidence)) * 100);
}
