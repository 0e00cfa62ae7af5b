import { AhoCorasickAutomaton } from './aho-corasick-automaton.js';
import type { BannedWordFinding, BannedWordList } from './banned-word-finding.js';
import { BannedWordScan, type CompiledEntry } from './banned-word-scan.js';
import { firstSyllable, initialConsonantOf, lastSyllable } from './hangul-jamo.js';
import { parseBannedWordEntry, type BannedWordEntry } from './parse-banned-word-entry.js';

export interface BannedWordMatcher {
  /** Non-overlapping findings in start order, spans in the original text. */
  find(text: string): BannedWordFinding[];
  /**
   * Longest normalized pattern in UTF-16 units (0 when there are no words): a stream checker holds back
   * about this much text, twice as much while a warn waits on a possible overlapping block.
   */
  readonly longestWordLength: number;
  /** Low-level incremental search, for `createBannedWordStreamChecker`. */
  startScan(): BannedWordScan;
}

/**
 * Compiles the enabled lists into one Aho–Corasick automaton over the normalized words and their 초성
 * forms. Entries that normalize to nothing are ignored; repeats within a list (same normalized word and
 * markers) count once, the first as written being the one reported.
 */
export function compileBannedWordLists(lists: readonly BannedWordList[]): BannedWordMatcher {
  const patternIndex = new Map<string, number>();
  const patterns: string[] = [];
  const rankedEntries: RankedEntry[][] = [];
  let order = 0;
  const addPattern = (pattern: string, entry: CompiledEntry, viaInitials: boolean): void => {
    let index = patternIndex.get(pattern);
    if (index === undefined) {
      index = patterns.length;
      patternIndex.set(pattern, index);
      patterns.push(pattern);
      rankedEntries.push([]);
    }
    rankedEntries[index]?.push({ entry, viaInitials, order: order++ });
  };

  for (const list of lists) {
    if (list.enabled === false) continue;
    const seen = new Set<string>();
    for (const word of list.words) {
      const parsed = parseBannedWordEntry(word);
      if (parsed === undefined) continue;
      const key = `${parsed.exactWord ? '=' : ''}${parsed.initials}:${parsed.normalized}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry: CompiledEntry = {
        listId: list.id,
        listName: list.name,
        action: list.action,
        word: parsed.word,
        exactWord: parsed.exactWord,
      };
      addPattern(parsed.normalized, entry, false);
      const initials = initialsOf(parsed);
      if (initials !== undefined) addPattern(initials, entry, true);
    }
  }

  const compiled = {
    automaton: AhoCorasickAutomaton.build(patterns),
    patternLength: Int32Array.from(patterns, (pattern) => pattern.length),
    patternEntries: rankedEntries.map((entries) =>
      entries.sort(compareRankedEntries).map((ranked) => ranked.entry),
    ),
    longestPatternLength: patterns.reduce((longest, pattern) => Math.max(longest, pattern.length), 0),
  };
  return {
    longestWordLength: compiled.longestPatternLength,
    startScan: () => new BannedWordScan(compiled),
    find(text: string): BannedWordFinding[] {
      const scan = new BannedWordScan(compiled);
      const findings = scan.write(text);
      for (const finding of scan.end()) findings.push(finding);
      return findings;
    },
  };
}

interface RankedEntry {
  entry: CompiledEntry;
  viaInitials: boolean;
  order: number;
}

function compareRankedEntries(left: RankedEntry, right: RankedEntry): number {
  return (
    actionRank(left) - actionRank(right) ||
    Number(left.viaInitials) - Number(right.viaInitials) ||
    left.order - right.order
  );
}

function actionRank(ranked: RankedEntry): number {
  return ranked.entry.action === 'block' ? 0 : 1;
}

/**
 * The 초성 pattern of a word made only of Hangul syllables: bare compatibility consonants (`시발` → `ㅅㅂ`),
 * which text only produces where it is itself written in bare jamo. Two or more, unless the entry says.
 */
function initialsOf(entry: BannedWordEntry): string | undefined {
  if (entry.initials === 'never') return undefined;
  const { normalized } = entry;
  if (normalized.length < 2 && entry.initials !== 'always') return undefined;
  let initials = '';
  for (let index = 0; index < normalized.length; index++) {
    const code = normalized.charCodeAt(index);
    if (code < firstSyllable || code > lastSyllable) return undefined;
    initials += String.fromCharCode(initialConsonantOf(code));
  }
  return initials;
}
