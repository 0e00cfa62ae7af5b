import { describe, expect, it } from 'vitest';
import type { BannedWordAction, BannedWordList } from './banned-word-finding.js';
import { compileBannedWordLists } from './compile-banned-word-lists.js';
import { initialConsonantOf } from './hangul-jamo.js';
import { createSeededRandom } from './seeded-random.js';

function initialsOf(word: string): string {
  return Array.from(word, (syllable) => String.fromCharCode(initialConsonantOf(syllable.charCodeAt(0)))).join(
    '',
  );
}

interface ReferenceEntry {
  word: string;
  listId: string;
  action: BannedWordAction;
}

/**
 * A deliberately naive reference for text made of syllables, bare consonants and characters outside every
 * word, with no separators (so only substring matching and overlap rules apply): every substring is
 * looked up, then blocks and warns are chosen leftmost-longest as documented.
 */
function referenceFind(lists: BannedWordList[], text: string): [string, string, number, number][] {
  const byForm = new Map<string, ReferenceEntry>();
  const add = (form: string, entry: ReferenceEntry): void => {
    const current = byForm.get(form);
    if (current === undefined || (current.action === 'warn' && entry.action === 'block'))
      byForm.set(form, entry);
  };
  // Own forms first, so at one span a word wins over another word's 초성.
  for (const list of lists)
    for (const word of list.words) add(word, { word, listId: list.id, action: list.action });
  for (const list of lists) {
    for (const word of list.words) {
      if (word.length < 2) continue;
      add(initialsOf(word), { word, listId: list.id, action: list.action });
    }
  }
  const longest = Math.max(...[...byForm.keys()].map((form) => form.length));
  const candidates: { start: number; end: number; entry: ReferenceEntry }[] = [];
  for (let start = 0; start < text.length; start++) {
    for (let length = 1; length <= longest && start + length <= text.length; length++) {
      const entry = byForm.get(text.slice(start, start + length));
      if (entry !== undefined) candidates.push({ start, end: start + length, entry });
    }
  }
  const choose = (action: BannedWordAction, blocked: { start: number; end: number }[]) => {
    const chosen: typeof candidates = [];
    let lastEnd = 0;
    const eligible = candidates
      .filter((candidate) => candidate.entry.action === action)
      .filter(
        (candidate) => !blocked.some((block) => block.start < candidate.end && candidate.start < block.end),
      )
      .sort((left, right) => left.start - right.start || right.end - left.end);
    for (const candidate of eligible) {
      if (candidate.start < lastEnd || chosen.at(-1)?.start === candidate.start) continue;
      chosen.push(candidate);
      lastEnd = candidate.end;
    }
    return chosen;
  };
  const blocks = choose('block', []);
  return [...blocks, ...choose('warn', blocks)]
    .sort((left, right) => left.start - right.start)
    .map(({ start, end, entry }) => [entry.word, entry.listId, start, end]);
}

describe('a 10,000-word list', () => {
  it('finds exactly what a naive search finds', () => {
    const random = createSeededRandom(10_000);
    // A small pool of syllables makes words share prefixes and overlap in the text a lot.
    const pool = Array.from({ length: 120 }, () =>
      String.fromCharCode(0xac00 + Math.floor(random() * 11172)),
    );
    const pick = (): string => pool[Math.floor(random() * pool.length)] ?? '가';
    const words = new Set<string>();
    while (words.size < 10_000) {
      let word = '';
      const length = 2 + Math.floor(random() * 4);
      for (let index = 0; index < length; index++) word += pick();
      words.add(word);
    }
    const all = [...words];
    const lists: BannedWordList[] = [
      { id: 'block', name: 'block', action: 'block', words: all.slice(0, 3000) },
      { id: 'warn', name: 'warn', action: 'warn', words: all.slice(3000) },
      // The same words again in a second warn list: the first list's entry is the one reported.
      { id: 'warn-again', name: 'warn again', action: 'warn', words: all.slice(9000) },
    ];
    const matcher = compileBannedWordLists(lists);

    let text = '';
    while (text.length < 30_000) {
      const roll = random();
      if (roll < 0.3) text += all[Math.floor(random() * all.length)] ?? '';
      else if (roll < 0.35) text += initialsOf(all[Math.floor(random() * all.length)] ?? '');
      else if (roll < 0.4) text += '!';
      else text += pick();
    }

    const actual = matcher
      .find(text)
      .map((finding) => [finding.word, finding.listId, finding.start, finding.end]);
    const expected = referenceFind(lists, text);
    expect(expected.length).toBeGreaterThan(2000);
    expect(actual).toEqual(expected);
  });
});
