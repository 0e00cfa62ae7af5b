/**
 * 금칙어 (banned-word) matching: pure logic for the guard service, no database or HTTP.
 *
 * Normalization (`normalizeForBannedWords`, applied the same way to list entries and to text):
 * - Each character together with the combining marks after it is put through NFKC (full-width `ＳＥＸ` →
 *   `sex`, `㎏` → `kg`, half-width and circled jamo → jamo), then lower-cased; combining marks still left
 *   are dropped (`시̷발`). Every normalized character keeps the original span it came from.
 * - Invisible characters are dropped: zero-width space/joiners (U+200B–U+200D), word joiner (U+2060) and
 *   the rest of U+2060–U+206F, BOM (U+FEFF), soft hyphen (U+00AD), bidi controls, variation selectors,
 *   Hangul fillers (U+3164, U+115F, U+1160, U+FFA0).
 * - Separators are dropped: whitespace, `. , - _ * / \ | ~ ' " \` + ^ : ;`, middle dots (`·` `ㆍ` `・` `‧`
 *   `•` `∙` `⋅`), dashes and quotation marks; the next character remembers that a separator stood before
 *   it (`separatedBefore`). More than 16 dropped characters in a row are layout, not a trick: they leave
 *   one space (a break no word matches across).
 * - Hangul: precomposed syllables stay as written, one character each. Runs of bare jamo (compatibility,
 *   conjoining or half-width) are assembled into syllables the way a Korean keyboard would, so
 *   `ㅅㅣㅂㅏㄹ`, `ㅅㅣ발` and `시발` all become `시발`. Assembling (rather than decomposing everything into
 *   jamo) keeps one character per syllable, so `시바라` can never contain `시발`'s jamo and `가` cannot
 *   match inside `각`. Two separate consonants never form a cluster final (`ㅂㅏㄹㅎㅎ` → `발ㅎㅎ`), and a
 *   consonant after a separator never becomes a final (`ㅎㅏ ㅅㅂ` → `하ㅅㅂ`). A consonant without a
 *   vowel stays a bare jamo.
 *
 * Matching (`compileBannedWordLists`, `matcher.find`):
 * - Substring matching on the normalized text: Korean has no word boundaries, so `시발놈아` contains `시발`.
 * - 초성: a word made only of Hangul syllables also matches its initial consonants as bare jamo (`시발` →
 *   `ㅅㅂ`, `ㅋㅋㅅㅂ`), when that form has at least two consonants, or always with the `^` marker. Text
 *   written in syllables never yields bare consonants, so `새벽` or `수박` never match `ㅅㅂ`, nor does a
 *   mixed spelling like `시ㅂ`. The `!` marker turns 초성 matching off for an entry (`ㄱㅅ` usually means
 *   감사).
 * - Spaced matches: when the text puts separators inside a match (`시 발`), the match must start where a
 *   separated piece starts and end where one ends, except that the last piece may go on when it holds at
 *   least two characters of the match (`개 새끼야`). So `회의 시 발표`, `지시 발령` and `s-e-xy` do not
 *   match `시발` / `sex`, while `시 발`, `시.발!`, `ㅅ ㅂ` and `s-e-x` do. Zero-width characters do not
 *   count as separators: `시\u200B발표` matches like `시발표`.
 * - Exact-word marker: an entry written `=word` matches only where no letter or digit (of any script,
 *   Hangul included) touches it on either side; separators and the text's ends count as boundaries
 *   (`=개` matches `개 같은` and `(개)` but not `개나리` or `무지개`).
 * - Entries are trimmed; empty ones and ones that normalize to nothing are ignored; repeats within a list
 *   count once. Findings report the entry without its markers.
 * - Overlaps: block matches win over warn matches. Among block matches the earliest start wins, and the
 *   longest one at that start; then the same among warn matches that touch no chosen block. At one span,
 *   a block list wins over a warn list, the word's own form over its 초성 form, then list and entry order.
 *
 * Streaming (`createBannedWordStreamChecker`): holds back roughly the longest normalized word, releases
 * the rest, and finds exactly what `matcher.find` finds on the whole text, however the text is cut.
 */
export { compileBannedWordLists } from './compile-banned-word-lists.js';
export type { BannedWordMatcher } from './compile-banned-word-lists.js';
export { createBannedWordStreamChecker } from './create-banned-word-stream-checker.js';
export type { BannedWordStreamChecker, BannedWordStreamResult } from './create-banned-word-stream-checker.js';
export { normalizeForBannedWords } from './normalize-for-banned-words.js';
export type { NormalizedText } from './normalize-for-banned-words.js';
export { parseBannedWordEntry } from './parse-banned-word-entry.js';
export type { BannedWordEntry, InitialsMatching } from './parse-banned-word-entry.js';
export type { BannedWordAction, BannedWordFinding, BannedWordList } from './banned-word-finding.js';
