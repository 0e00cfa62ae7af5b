import { normalizeForAnalysis } from './normalize-for-analysis.js';
import { stripKoreanEndings } from './strip-korean-endings.js';

/*
 * Tokens for BM25 search over Korean administrative documents; they become PostgreSQL tsvector lexemes and
 * are compared exactly, so index and query go through the same analysis.
 *
 * There is no morphological analyser: Kiwi's and MeCab-ko's dictionaries and models cannot be installed from
 * npm. Instead every Hangul run gives syllable bigrams, which match whatever the spacing and compounding
 * ("보조금교부" and "보조금 교부" share 보조, 조금, 교부), and every word also gives itself with its particles
 * and common endings stripped, which rewards whole-word matches ("보조금을" → 보조금).
 */

/** Tokens of a text in order, repeats kept (term frequency matters), for indexing. */
export function analyzeForIndex(text: string): string[] {
  const tokens: string[] = [];
  for (const match of normalizeForAnalysis(text).matchAll(dateOrWordPattern)) {
    const [matched, year, month, day] = match;
    if (year === undefined || month === undefined) {
      addWordTokens(matched, tokens);
      continue;
    }
    addDateTokens(year, month, day, tokens);
    for (const word of matched.matchAll(wordPattern)) addWordTokens(word[0], tokens);
  }
  return tokens;
}

/** Distinct tokens of a query, in first-seen order. */
export function analyzeQuery(text: string): string[] {
  return [...new Set(analyzeForIndex(text))];
}

export const maximumTokenLength = 40;

// A word: letters, digits and marks, joined by connectors only where both sides are letters or digits
// (gpt-4o, 3.5, hong@korea.kr, 보조금/지원금); everything else, Markdown included, separates words.
const wordSource = String.raw`[\p{L}\p{N}\p{M}]+(?:[-_.,/:@&+][\p{L}\p{N}\p{M}]+)*`;
// 2025. 7. 31. / 2025-07-31 / 2025년 7월 31일 (and year-month alone) also give 2025-07-31 and 2025-07.
const yearAndMonth = String.raw`(?<!\d)((?:19|20)\d{2})\s*[-./년]\s*(\d{1,2})\s*[-./월]`;
const dateSource = String.raw`${yearAndMonth}(?:\s*(\d{1,2})(?!\d)(?:\s*일)?)?`;
const wordPattern = new RegExp(wordSource, 'gu');
const dateOrWordPattern = new RegExp(`${dateSource}|${wordSource}`, 'gu');

// 제10조의2, 제1항, 제3호, 제2장: the whole reference is a token, and 제10조의2 also gives 제10조, so a query for
// 제10조의2 matches its own article more strongly than 제10조 while 제10조 still finds both.
const statuteReference = /제(\d+)([조항호장절관편목])(?:의(\d+))?/g;

// Particles left standing alone after punctuation ("「보조금법」에", "‘지원사업’을") carry no meaning.
const detachedParticles = new Set([
  ...['을', '를', '은', '는', '의', '에', '와', '에서', '에게', '으로', '에는', '에도', '에서는', '으로는'],
  ...['이라', '이라는', '이라고', '이란', '라는', '라고', '부터', '까지', '로서', '으로서', '으로써'],
]);

function addDateTokens(year: string, month: string, day: string | undefined, tokens: string[]): void {
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return;
  const yearMonth = `${year}-${month.padStart(2, '0')}`;
  tokens.push(yearMonth);
  if (day === undefined) return;
  const dayNumber = Number(day);
  if (dayNumber >= 1 && dayNumber <= 31) tokens.push(`${yearMonth}-${day.padStart(2, '0')}`);
}

// Character kinds, as bits so that a word's kinds can be or-ed together.
const hangul = 1;
const other = 2;
const connector = 4;

function characterKinds(word: string): number {
  let kinds = 0;
  for (let index = 0; index < word.length; index += 1) kinds |= characterKind(word.charCodeAt(index));
  return kinds;
}

function characterKind(code: number): number {
  if (code >= 0xac00 && code <= 0xd7a3) return hangul;
  if (isConnector(code)) return connector;
  return other;
}

function isConnector(code: number): boolean {
  // - _ . , / : @ & +
  return (
    code === 0x2d ||
    code === 0x5f ||
    code === 0x2e ||
    code === 0x2c ||
    code === 0x2f ||
    code === 0x3a ||
    code === 0x40 ||
    code === 0x26 ||
    code === 0x2b
  );
}

function addWordTokens(word: string, tokens: string[]): void {
  const kinds = characterKinds(word);
  if (kinds === hangul) addHangulTokens(word, tokens);
  else if (kinds === other) addToken(word, tokens);
  else if ((kinds & other) === 0) {
    for (const part of splitRuns(word)) addHangulTokens(part, tokens);
  } else if (!word.includes('제') || !addStatuteTokens(word, tokens)) addMixedTokens(word, tokens);
}

/** Adds the statute references in a word and analyses what lies between them; false when there are none. */
function addStatuteTokens(word: string, tokens: string[]): boolean {
  let found = false;
  let end = 0;
  for (const match of word.matchAll(statuteReference)) {
    found = true;
    if (match.index > end) addRemainder(word.slice(end, match.index), tokens);
    const [reference, number, unit, branch] = match;
    tokens.push(reference);
    if (branch !== undefined) tokens.push(`제${number}${unit}`);
    end = match.index + reference.length;
  }
  if (found && end < word.length) addRemainder(word.slice(end), tokens);
  return found;
}

function addRemainder(text: string, tokens: string[]): void {
  for (const word of text.matchAll(wordPattern)) addWordTokens(word[0], tokens);
}

/** gpt-4o, 1000만원을, 2025년도, k-패스: the whole word (endings stripped), then its Latin/digit and Hangul runs. */
function addMixedTokens(word: string, tokens: string[]): void {
  const { stem, alternative } = stripKoreanEndings(word);
  const runs = splitRuns(alternative ?? stem);
  if (runs.length === 1 && alternative === null) {
    addRunTokens(stem, tokens);
    return;
  }
  addToken(stem, tokens);
  if (alternative !== null) addToken(alternative, tokens);
  for (const run of runs) addRunTokens(run, tokens);
}

function addRunTokens(run: string, tokens: string[]): void {
  if (characterKind(run.charCodeAt(0)) !== hangul) addToken(run, tokens);
  // A lone syllable beside digits is a unit (2025년, 3개, 10조원): the whole word already carries it.
  else if (run.length > 1) addHangulTokens(run, tokens);
}

function addHangulTokens(word: string, tokens: string[]): void {
  if (detachedParticles.has(word)) return;
  if (word.length === 1) {
    tokens.push(word);
    return;
  }
  const { stem, alternative } = stripKoreanEndings(word);
  if (alternative !== null && alternative.length > 2) addToken(alternative, tokens);
  // A two-syllable stem is the first bigram below.
  if (stem.length !== 2) addToken(stem, tokens);
  const longest = alternative ?? stem;
  for (let index = 0; index + 1 < longest.length; index += 1) tokens.push(longest.slice(index, index + 2));
}

/** Maximal runs of Hangul or of other letters and digits; connectors separate runs and are dropped. */
function splitRuns(word: string): string[] {
  const runs: string[] = [];
  let start = 0;
  let previous = characterKind(word.charCodeAt(0));
  for (let index = 1; index <= word.length; index += 1) {
    const kind = index < word.length ? characterKind(word.charCodeAt(index)) : connector;
    if (kind === previous) continue;
    if (previous !== connector) runs.push(word.slice(start, index));
    start = index;
    previous = kind;
  }
  return runs;
}

function addToken(token: string, tokens: string[]): void {
  if (token.length <= maximumTokenLength) {
    if (token.length > 0) tokens.push(token);
    return;
  }
  const lastKept = token.charCodeAt(maximumTokenLength - 1);
  // Never end on the first half of a surrogate pair.
  const cut = lastKept >= 0xd800 && lastKept <= 0xdbff ? maximumTokenLength - 1 : maximumTokenLength;
  tokens.push(token.slice(0, cut));
}
