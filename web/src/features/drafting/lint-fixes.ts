import type { LintFinding, LintFix } from '@jumugwan/contracts';

/** Findings together with the exact text they were computed for; offsets are only valid for that text. */
export interface LintedText {
  text: string;
  findings: readonly LintFinding[];
}

/** The 1-based line of a UTF-16 offset. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let index = 0; index < end; index += 1) {
    if (text.charCodeAt(index) === 10) line += 1;
  }
  return line;
}

/** Whether a fix's offsets fit the text (a stale finding from an older text may not). */
export function fixFits(text: string, fix: LintFix): boolean {
  return fix.start >= 0 && fix.start <= fix.end && fix.end <= text.length;
}

/** The text with one fix applied; unchanged when the fix does not fit. */
export function applyFix(text: string, fix: LintFix): string {
  if (!fixFits(text, fix)) return text;
  return text.slice(0, fix.start) + fix.replacement + text.slice(fix.end);
}

/** Whether a range [start, end) is changed by the fix; an insertion only counts strictly inside it. */
function touches(start: number, end: number, fix: LintFix): boolean {
  if (fix.start === fix.end) return start < fix.start && fix.start < end;
  if (start === end) return fix.start < start && start < fix.end;
  return start < fix.end && fix.start < end;
}

/**
 * Applies one finding's fix and keeps the other findings usable without asking the server again:
 * those after the fix move by the change in length (and get their new line), those it touches are
 * dropped because their offsets no longer mean anything.
 */
export function applyFindingFix(linted: LintedText, finding: LintFinding): LintedText {
  const fix = finding.fix;
  if (fix === null || !fixFits(linted.text, fix)) return linted;
  const text = applyFix(linted.text, fix);
  const delta = fix.replacement.length - (fix.end - fix.start);
  const findings: LintFinding[] = [];
  for (const other of linted.findings) {
    if (other === finding) continue;
    const start = Math.min(other.start, other.fix?.start ?? other.start);
    const end = Math.max(other.end, other.fix?.end ?? other.end);
    if (touches(start, end, fix)) continue;
    if (start >= fix.end) {
      const moved = {
        ...other,
        start: other.start + delta,
        end: other.end + delta,
        fix:
          other.fix === null
            ? null
            : { ...other.fix, start: other.fix.start + delta, end: other.fix.end + delta },
      };
      findings.push({ ...moved, line: lineOfOffset(text, moved.start) });
    } else {
      findings.push(other);
    }
  }
  return { text, findings };
}

/**
 * 모두 고치기: every fix, applied from the end of the text backwards so earlier offsets stay valid.
 * A fix overlapping one already applied is skipped (its finding disappears with it).
 */
export function applyAllFixes(linted: LintedText): LintedText {
  const fixable = linted.findings
    .filter((finding) => finding.fix !== null)
    .sort((a, b) => (b.fix?.start ?? 0) - (a.fix?.start ?? 0) || (b.fix?.end ?? 0) - (a.fix?.end ?? 0));
  let current = linted;
  for (const finding of fixable) {
    if (current.findings.includes(finding)) {
      current = applyFindingFix(current, finding);
    }
  }
  return current;
}

/** How many findings carry a one-click fix. */
export function fixableCount(findings: readonly LintFinding[]): number {
  return findings.filter((finding) => finding.fix !== null).length;
}
