import type { BannedWordFinding } from './banned-word-finding.js';
import type { BannedWordMatcher } from './compile-banned-word-lists.js';

export interface BannedWordStreamResult {
  /** Text that can be passed on now; the releases of a stream concatenate to its whole text. */
  release: string;
  /** Findings decided by this call, in start order, spans relative to the whole stream. */
  findings: BannedWordFinding[];
}

export interface BannedWordStreamChecker {
  push(delta: string): BannedWordStreamResult;
  /** Ends the stream: releases what was held back. Further calls are errors. */
  finish(): BannedWordStreamResult;
}

/**
 * Checks a model's streamed output. Text is released as soon as no banned word can still cover it: about
 * `matcher.longestWordLength` normalized characters (plus the spacing between them, one character that may
 * still take combining marks and one syllable being assembled from jamo) stay held, twice as many while a
 * warn match waits for a possible overlapping block match. A finding is returned no later than the call
 * that releases its text, and the findings of all calls equal `matcher.find` on the whole text.
 *
 * On a block finding the caller stops the stream: pass on only the part of `release` before
 * `finding.start` (the caller knows how many characters it released before this call).
 */
export function createBannedWordStreamChecker(matcher: BannedWordMatcher): BannedWordStreamChecker {
  const scan = matcher.startScan();
  let held = '';
  let releasedLength = 0;
  let finished = false;

  const releaseUpTo = (position: number, findings: BannedWordFinding[]): BannedWordStreamResult => {
    const count = position - releasedLength;
    if (count <= 0) return { release: '', findings };
    const release = held.slice(0, count);
    held = held.slice(count);
    releasedLength = position;
    return { release, findings };
  };

  return {
    push(delta: string): BannedWordStreamResult {
      if (finished) throw new Error('BannedWordStreamChecker.push after finish');
      const findings = scan.write(delta);
      held += delta;
      return releaseUpTo(scan.releasablePosition, findings);
    },
    finish(): BannedWordStreamResult {
      if (finished) throw new Error('BannedWordStreamChecker.finish called twice');
      finished = true;
      const findings = scan.end();
      return releaseUpTo(releasedLength + held.length, findings);
    },
  };
}
