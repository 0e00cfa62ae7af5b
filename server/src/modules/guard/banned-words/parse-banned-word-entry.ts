import { normalizeForBannedWords } from './normalize-for-banned-words.js';

/** When a word also matches its 초성 (initial consonants) written as bare jamo. */
export type InitialsMatching = 'auto' | 'always' | 'never';

export interface BannedWordEntry {
  /** The entry as written, without markers and surrounding whitespace: what findings report. */
  word: string;
  /** Normalized form that is searched for. */
  normalized: string;
  /** Only matches when no letter or digit touches it on either side. */
  exactWord: boolean;
  initials: InitialsMatching;
}

/**
 * Reads one list entry. Leading markers, in any order: `=` exact word (`=개` does not match inside `개나리`),
 * `^` 초성 always (also for a single syllable: `^좆` matches a bare `ㅈ`), `!` 초성 never (`!개새` does not
 * match `ㄱㅅ`, which usually means 감사). With both `^` and `!`, `!` wins. Returns undefined for an entry
 * that normalizes to nothing (empty, whitespace, punctuation only).
 */
export function parseBannedWordEntry(entry: string): BannedWordEntry | undefined {
  const trimmed = entry.trim();
  let exactWord = false;
  let initialsAlways = false;
  let initialsNever = false;
  let index = 0;
  for (; index < trimmed.length; index++) {
    const marker = trimmed[index];
    if (marker === '=') exactWord = true;
    else if (marker === '^') initialsAlways = true;
    else if (marker === '!') initialsNever = true;
    else break;
  }
  const word = trimmed.slice(index).trim();
  const normalized = normalizeForBannedWords(word).text;
  if (normalized.trim() === '') return undefined;
  const initials: InitialsMatching = initialsNever ? 'never' : initialsAlways ? 'always' : 'auto';
  return { word, normalized, exactWord, initials };
}
