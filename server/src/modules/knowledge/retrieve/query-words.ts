import { analyzeQuery } from '../analyze/korean-analyzer.js';

/** Question words: they say what is asked, not what about, so documents need not contain them. */
const interrogative = /^(언제|어떻게|어떤|어느|무엇|무슨|뭐|뭔|얼마|누구|누가|어디|왜|몇|며칠)/;
/** Requests and auxiliaries ("알려줘", "있나요", "해야 하나요"). */
const requestOrAuxiliary =
  /^(알려|말해|설명해|정리해|가르쳐|찾아|보여|있나|있는지|있어|있을|있습|없나|되나|되는지|됩니|인가|인지|입니|합니|하나요|해야|해요|할까|하는지|나요|가요|주세|줘)/;
const fillers = new Set([
  '대해',
  '대한',
  '관련',
  '관해',
  '경우',
  '궁금',
  '내용',
  '좀',
  '것',
  '수',
  '할',
  '때',
  '등',
  '하나',
  '해',
  '한',
]);

export interface QueryWord {
  /** The word as the analyzer reduces it (particles stripped). */
  stem: string;
  /** Whole-word forms that match it: the stem, and the shorter reading the analyzer also gives (대응해 → 대응). */
  forms: string[];
  /** Its other tokens (syllable bigrams), for partial matches of compounds. */
  pieces: string[];
}

/** The content words of a question, each with its analyzer tokens; question and request words left out. */
export function contentWordsOf(query: string): QueryWord[] {
  const words: QueryWord[] = [];
  for (const word of query.normalize('NFKC').split(/\s+/)) {
    const tokens = analyzeQuery(word);
    const stem = tokens[0];
    if (stem === undefined) continue;
    if (interrogative.test(stem) || requestOrAuxiliary.test(stem) || fillers.has(stem)) continue;
    if (words.some((existing) => existing.stem === stem)) continue;
    const shorter = tokens[1];
    const forms =
      shorter !== undefined && shorter.length >= 2 && shorter !== stem && stem.startsWith(shorter)
        ? [stem, shorter]
        : [stem];
    words.push({ stem, forms, pieces: tokens.filter((token) => !forms.includes(token)) });
  }
  return words;
}

/** The query's search terms: its content words' tokens, or every token when it has no content word. */
export function searchTermsOf(query: string): string[] {
  const words = contentWordsOf(query);
  if (words.length === 0) return analyzeQuery(query);
  return [...new Set(words.flatMap((word) => [...word.forms, ...word.pieces]))];
}

/**
 * The share of the question's content words a passage holds: a word counts when the passage has it whole
 * or most of its syllable pairs (compounds split differently). 1 when the question has no content word.
 */
export function wordCoverage(words: readonly QueryWord[], passageTokens: ReadonlySet<string>): number {
  if (words.length === 0) return 1;
  let matched = 0;
  for (const word of words) {
    const pieceShare =
      word.pieces.length === 0
        ? 0
        : word.pieces.filter((piece) => passageTokens.has(piece)).length / word.pieces.length;
    if (word.forms.some((form) => passageTokens.has(form)) || pieceShare >= 0.6) matched += 1;
  }
  return matched / words.length;
}
