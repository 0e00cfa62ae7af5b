import type { GuardNotice } from '@jumugwan/contracts';
import { createBannedWordStreamChecker, type BannedWordMatcher } from './banned-words/index.js';
import { PlaceholderRestorer, type PlaceholderVault } from './masking/index.js';

export interface FilteredText {
  /** Text safe to show now. */
  text: string;
  /** Set once a blocking 금칙어 appeared: the caller stops the answer; `text` ends before the word. */
  blockedBy: string | null;
  notices: GuardNotice[];
}

/**
 * The answer on its way back: placeholders restored (even when split across chunks), then checked for
 * 금칙어 with a bounded look-back, so streaming stays live and a banned word never reaches the user.
 */
export class AnswerFilter {
  private readonly restorer: PlaceholderRestorer | null;
  private readonly checker: ReturnType<typeof createBannedWordStreamChecker> | null;
  private readonly warnedLists = new Set<string>();
  private blocked = false;
  /** Checked text released so far: findings' spans count from the start of the whole answer. */
  private releasedLength = 0;

  constructor(vault: PlaceholderVault | null, matcher: BannedWordMatcher | null) {
    this.restorer = vault === null || vault.placeholderCount === 0 ? null : new PlaceholderRestorer(vault);
    this.checker = matcher === null ? null : createBannedWordStreamChecker(matcher);
  }

  /** True when the filter changes nothing: callers may skip it on the hot path. */
  get isPassThrough(): boolean {
    return this.restorer === null && this.checker === null;
  }

  push(delta: string): FilteredText {
    if (this.blocked) return { text: '', blockedBy: null, notices: [] };
    const restored = this.restorer === null ? delta : this.restorer.push(delta);
    return this.check(this.checker?.push(restored), restored);
  }

  finish(): FilteredText {
    if (this.blocked) return { text: '', blockedBy: null, notices: [] };
    const restored = this.restorer === null ? '' : this.restorer.finish();
    if (this.checker === null) return { text: restored, blockedBy: null, notices: [] };
    const pushed = this.check(this.checker.push(restored), restored);
    if (pushed.blockedBy !== null) return pushed;
    const finished = this.check(this.checker.finish(), '');
    return {
      text: pushed.text + finished.text,
      blockedBy: finished.blockedBy,
      notices: [...pushed.notices, ...finished.notices],
    };
  }

  private check(
    result: ReturnType<ReturnType<typeof createBannedWordStreamChecker>['push']> | undefined,
    unchecked: string,
  ): FilteredText {
    if (result === undefined) return { text: unchecked, blockedBy: null, notices: [] };
    const notices: GuardNotice[] = [];
    const releaseStart = this.releasedLength;
    this.releasedLength += result.release.length;
    const blocking = result.findings.find((finding) => finding.action === 'block');
    for (const finding of result.findings) {
      if (finding.action === 'warn' && !this.warnedLists.has(finding.listName)) {
        this.warnedLists.add(finding.listName);
        notices.push({ kind: 'warned', listName: finding.listName, where: 'output' });
      }
    }
    if (blocking !== undefined) {
      this.blocked = true;
      notices.push({ kind: 'output-blocked', listName: blocking.listName });
      // Only what came before the word is shown.
      const kept = result.release.slice(0, Math.max(0, blocking.start - releaseStart));
      return { text: kept, blockedBy: blocking.listName, notices };
    }
    return { text: result.release, blockedBy: null, notices };
  }
}
