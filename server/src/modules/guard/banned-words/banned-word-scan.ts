import type { AhoCorasickAutomaton } from './aho-corasick-automaton.js';
import type { BannedWordAction, BannedWordFinding } from './banned-word-finding.js';
import {
  BannedWordNormalizer,
  separatedBeforeFlag,
  wordCharacterFlag,
  type NormalizedUnitSink,
} from './banned-word-normalizer.js';

/** One list entry behind a normalized pattern (a word's own form or its 초성 form). */
export interface CompiledEntry {
  listId: string;
  listName: string;
  action: BannedWordAction;
  word: string;
  exactWord: boolean;
}

export interface CompiledBannedWords {
  automaton: AhoCorasickAutomaton;
  /** Length of every pattern in normalized UTF-16 units. */
  patternLength: Int32Array;
  /** Entries of every pattern, most preferred first: block before warn, own form before 초성, list order. */
  patternEntries: readonly (readonly CompiledEntry[])[];
  longestPatternLength: number;
}

interface Candidate {
  /** Normalized unit indexes. */
  start: number;
  end: number;
  originalStart: number;
  originalEnd: number;
  entry: CompiledEntry;
}

/**
 * One pass over a text that may arrive in pieces: normalizes, runs the automaton, checks the word rules and
 * picks non-overlapping findings. Overlaps are settled leftmost-longest, block before warn: block matches
 * are chosen first (the earliest start wins, the longest at that start), then warn matches the same way
 * among those touching no chosen block. That rule only needs to see `longestPatternLength` units past a
 * start to decide it (twice that for a warn waiting on blocks), which is what lets the stream checker
 * release text early and still agree with a whole-text search. Findings come out in start order.
 */
export class BannedWordScan implements NormalizedUnitSink {
  private readonly normalizer = new BannedWordNormalizer(this);
  private readonly longest: number;
  private node = 0;
  private unitCount = 0;
  // Unit metadata for a sliding window starting at unit `windowBase`. It starts small: typed arrays of up to
  // 64 bytes live in V8's heap, larger ones get a buffer allocated outside it, which cost a sixth of a short
  // message's scans (an 840-character prompt and its answer: 23.4 µs with 1,024 units, 19.8 µs with 16).
  // makeRoom slides or grows the window as a text needs.
  private windowBase = 0;
  private starts = new Int32Array(16);
  private ends = new Int32Array(16);
  private flags = new Uint8Array(16);
  /** Patterns ending at `unitCount`, waiting for the next unit to check what follows them. */
  private pendingPatterns = new Int32Array(16);
  private pendingPatternCount = 0;
  /** Every candidate starting before this unit is known, and block candidates there are decided. */
  private decidedUpTo = 0;
  private finished = false;
  // Block candidates by start (modulo the ring size): only the longest at each start can win.
  private readonly blockByStart: (Candidate | undefined)[];
  private lastBlockEnd = 0;
  private lastWarnEnd = 0;
  /** Undecided warn candidates sorted by start, then longest first; consumed from `warnHead`. */
  private warnPending: Candidate[] = [];
  private warnHead = 0;
  /** Chosen blocks that a pending warn could still overlap. */
  private keptBlocks: Candidate[] = [];
  private keptBlockHead = 0;
  private blockOutput: Candidate[] = [];
  private blockOutputHead = 0;
  private warnOutput: Candidate[] = [];
  private warnOutputHead = 0;
  private findings: BannedWordFinding[] = [];

  constructor(private readonly compiled: CompiledBannedWords) {
    this.longest = compiled.longestPatternLength;
    this.blockByStart = new Array<Candidate | undefined>(this.longest + 1).fill(undefined);
  }

  /** Feeds the next piece of text; returns the findings that became final, in start order. */
  write(text: string): BannedWordFinding[] {
    if (this.finished) throw new Error('BannedWordScan.write after end');
    this.normalizer.write(text);
    return this.takeFindings();
  }

  /** Ends the text; returns the remaining findings. */
  end(): BannedWordFinding[] {
    if (this.finished) return [];
    this.normalizer.end();
    for (let index = 0; index < this.pendingPatternCount; index++) {
      this.consider(this.pendingPatterns[index] ?? 0, this.unitCount, true);
    }
    this.pendingPatternCount = 0;
    this.finished = true;
    this.advance();
    return this.takeFindings();
  }

  /**
   * Original index up to which text can be shown: no match that is undecided, or could still be found,
   * covers anything before it.
   */
  get releasablePosition(): number {
    const frontier = this.frontier();
    if (frontier < this.unitCount) return this.starts[frontier - this.windowBase] ?? 0;
    return this.normalizer.settledPosition;
  }

  pushUnit(code: number, start: number, end: number, flags: number): void {
    const unit = this.unitCount;
    if (unit - this.windowBase === this.starts.length) this.makeRoom();
    const slot = unit - this.windowBase;
    this.starts[slot] = start;
    this.ends[slot] = end;
    this.flags[slot] = flags;
    if (this.pendingPatternCount > 0) {
      for (let index = 0; index < this.pendingPatternCount; index++) {
        this.consider(this.pendingPatterns[index] ?? 0, unit, false);
      }
      this.pendingPatternCount = 0;
    }
    const automaton = this.compiled.automaton;
    const node = automaton.next(this.node, code);
    this.node = node;
    const pattern = automaton.patternAt[node] ?? -1;
    if (pattern >= 0) this.addPendingPattern(pattern);
    for (let link = automaton.outputLink[node] ?? -1; link >= 0; link = automaton.outputLink[link] ?? -1) {
      this.addPendingPattern(automaton.patternAt[link] ?? 0);
    }
    this.unitCount = unit + 1;
    this.advance();
  }

  private addPendingPattern(pattern: number): void {
    if (this.pendingPatternCount === this.pendingPatterns.length) {
      const grown = new Int32Array(this.pendingPatterns.length * 2);
      grown.set(this.pendingPatterns);
      this.pendingPatterns = grown;
    }
    this.pendingPatterns[this.pendingPatternCount++] = pattern;
  }

  private takeFindings(): BannedWordFinding[] {
    const findings = this.findings;
    this.findings = [];
    return findings;
  }

  private flag(unit: number): number {
    return this.flags[unit - this.windowBase] ?? 0;
  }

  /** Checks the word rules for a pattern that matched units [end - length, end). */
  private consider(pattern: number, end: number, atTextEnd: boolean): void {
    const start = end - (this.compiled.patternLength[pattern] ?? 0);
    const entries = this.compiled.patternEntries[pattern] ?? [];
    const startsWord =
      start === 0 ||
      (this.flag(start) & separatedBeforeFlag) !== 0 ||
      (this.flag(start - 1) & wordCharacterFlag) === 0;
    const endFlags = atTextEnd ? separatedBeforeFlag : this.flag(end);
    const endsWord = (endFlags & separatedBeforeFlag) !== 0 || (endFlags & wordCharacterFlag) === 0;
    let lastPieceStart = -1;
    for (let unit = end - 1; unit > start; unit--) {
      if ((this.flag(unit) & separatedBeforeFlag) !== 0) {
        lastPieceStart = unit;
        break;
      }
    }
    // A match the text splits with spacing (`시 발`) must start a piece and end one, except that the
    // last piece may go on when it holds at least two characters of the match (`개 새끼야`): so `회의 시
    // 발표` and `지시 발령` are not `시발`.
    const spacedMatchAllowed = lastPieceStart < 0 || (startsWord && (endsWord || end - lastPieceStart >= 2));
    const entry = entries.find((candidate) =>
      candidate.exactWord ? startsWord && endsWord : spacedMatchAllowed,
    );
    if (entry === undefined) return;
    const candidate: Candidate = {
      start,
      end,
      originalStart: this.starts[start - this.windowBase] ?? 0,
      originalEnd: this.ends[end - 1 - this.windowBase] ?? 0,
      entry,
    };
    if (entry.action === 'block') {
      const slot = start % this.blockByStart.length;
      const current = this.blockByStart[slot];
      if (current === undefined || current.start !== start || current.end < end)
        this.blockByStart[slot] = candidate;
      return;
    }
    // Kept sorted by start, longest first; new candidates start near the end, so the walk back is short.
    const pending = this.warnPending;
    let index = pending.length;
    while (index > this.warnHead) {
      const previous = pending[index - 1];
      if (
        previous === undefined ||
        previous.start < start ||
        (previous.start === start && previous.end > end)
      )
        break;
      index--;
    }
    pending.splice(index, 0, candidate);
  }

  private advance(): void {
    const horizon = this.finished ? this.unitCount : this.unitCount - this.longest;
    while (this.decidedUpTo < horizon) this.decideBlock(this.decidedUpTo++);
    // Checked first: on most units nothing is pending and both calls would find nothing to do.
    if (this.warnHead < this.warnPending.length) this.decideWarns();
    if (this.blockOutputHead < this.blockOutput.length || this.warnOutputHead < this.warnOutput.length) {
      this.emitFindings();
    }
  }

  private decideBlock(start: number): void {
    const slot = start % this.blockByStart.length;
    const candidate = this.blockByStart[slot];
    if (candidate === undefined || candidate.start !== start) return;
    this.blockByStart[slot] = undefined;
    if (start < this.lastBlockEnd) return;
    this.lastBlockEnd = candidate.end;
    this.keptBlocks.push(candidate);
    this.blockOutput.push(candidate);
  }

  private decideWarns(): void {
    const horizon = this.finished ? Infinity : this.decidedUpTo;
    const pending = this.warnPending;
    while (this.warnHead < pending.length) {
      const first = pending[this.warnHead];
      if (first === undefined || first.start >= horizon) break;
      const start = first.start;
      let groupEnd = this.warnHead;
      // The group is sorted longest first, so the first one's end is the furthest.
      while (pending[groupEnd]?.start === start) groupEnd++;
      // Every block that starts before this warn ends must be decided first.
      if (first.end > horizon) break;
      if (start >= this.lastWarnEnd) {
        for (let index = this.warnHead; index < groupEnd; index++) {
          const candidate = pending[index];
          if (candidate !== undefined && !this.overlapsKeptBlock(candidate)) {
            this.lastWarnEnd = candidate.end;
            this.warnOutput.push(candidate);
            break;
          }
        }
      }
      this.warnHead = groupEnd;
    }
    if (this.warnHead > 1024 && this.warnHead * 2 > pending.length) {
      this.warnPending = pending.slice(this.warnHead);
      this.warnHead = 0;
    }
  }

  private overlapsKeptBlock(candidate: Candidate): boolean {
    const blocks = this.keptBlocks;
    // Warns are decided in start order, so blocks ending before this one can be forgotten.
    while ((blocks[this.keptBlockHead]?.end ?? Infinity) <= candidate.start) this.keptBlockHead++;
    for (let index = this.keptBlockHead; index < blocks.length; index++) {
      const block = blocks[index];
      if (block === undefined || block.start >= candidate.end) break;
      if (block.end > candidate.start) return true;
    }
    if (this.keptBlockHead > 1024 && this.keptBlockHead * 2 > blocks.length) {
      this.keptBlocks = blocks.slice(this.keptBlockHead);
      this.keptBlockHead = 0;
    }
    return false;
  }

  /** First unit that may still be covered by an undecided or not yet found candidate. */
  private frontier(): number {
    if (this.finished) return this.unitCount;
    const warnStart = this.warnPending[this.warnHead]?.start ?? Infinity;
    return Math.max(0, Math.min(this.decidedUpTo, warnStart));
  }

  private emitFindings(): void {
    const frontier = this.frontier();
    for (;;) {
      const block = this.blockOutput[this.blockOutputHead];
      const warn = this.warnOutput[this.warnOutputHead];
      const blockStart = block?.start ?? Infinity;
      const warnStart = warn?.start ?? Infinity;
      const next = blockStart < warnStart ? block : warn;
      if (next === undefined || next.start >= frontier) break;
      if (next === block) this.blockOutputHead++;
      else this.warnOutputHead++;
      this.findings.push({
        listId: next.entry.listId,
        listName: next.entry.listName,
        action: next.entry.action,
        word: next.entry.word,
        start: next.originalStart,
        end: next.originalEnd,
      });
    }
    if (this.blockOutputHead > 1024) {
      this.blockOutput = this.blockOutput.slice(this.blockOutputHead);
      this.blockOutputHead = 0;
    }
    if (this.warnOutputHead > 1024) {
      this.warnOutput = this.warnOutput.slice(this.warnOutputHead);
      this.warnOutputHead = 0;
    }
  }

  /** Drops units nothing can look at any more, or grows the window when all are still needed. */
  private makeRoom(): void {
    // Rule checks look one unit before the earliest start a pending pattern can have.
    const needed = Math.min(this.frontier(), this.unitCount - this.longest - 1) - 1;
    const keepFrom = Math.max(this.windowBase, needed);
    const capacity = this.starts.length;
    if ((keepFrom - this.windowBase) * 2 >= capacity) {
      const from = keepFrom - this.windowBase;
      const to = this.unitCount - this.windowBase;
      this.starts.copyWithin(0, from, to);
      this.ends.copyWithin(0, from, to);
      this.flags.copyWithin(0, from, to);
      this.windowBase = keepFrom;
      return;
    }
    const starts = new Int32Array(capacity * 2);
    starts.set(this.starts);
    this.starts = starts;
    const ends = new Int32Array(capacity * 2);
    ends.set(this.ends);
    this.ends = ends;
    const flags = new Uint8Array(capacity * 2);
    flags.set(this.flags);
    this.flags = flags;
  }
}
