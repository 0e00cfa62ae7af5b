/**
 * Measures compile time for 10,000 words and matching speed on generated Korean text.
 * Run: npx tsx server/src/modules/guard/banned-words/measure-banned-words.ts
 * Throughput is counted in UTF-8 bytes of input (what arrives over the wire), also printed per character,
 * from the process's CPU time: wall time on a busy machine would measure the other processes too.
 */
import { performance } from 'node:perf_hooks';
import { cpuUsage } from 'node:process';
import { compileBannedWordLists } from './compile-banned-word-lists.js';
import { createBannedWordStreamChecker } from './create-banned-word-stream-checker.js';

const wordCount = 10_000;
const textBytesTarget = 16 * 1024 * 1024;

// Deterministic input, so runs compare.
let seed = 20240531;
function random(): number {
  seed = (seed * 1103515245 + 12345) >>> 0;
  return seed / 0x100000000;
}

// Syllables weighted towards the common ones, as in ordinary prose.
const common = '이다는의에하가을를고기서지로있한사도으자시수리대정인나그것들보아요해부어전주공관문제';
function syllable(): string {
  if (random() < 0.7) return common[Math.floor(random() * common.length)] ?? '가';
  return String.fromCharCode(0xac00 + Math.floor(random() * 11172));
}

function makeWords(): string[] {
  const words: string[] = [];
  for (let index = 0; index < wordCount; index++) {
    if (index % 10 === 0) {
      let latin = '';
      const length = 3 + Math.floor(random() * 6);
      for (let letter = 0; letter < length; letter++)
        latin += String.fromCharCode(97 + Math.floor(random() * 26));
      words.push(latin);
      continue;
    }
    let word = '';
    const length = 2 + Math.floor(random() * 4);
    for (let position = 0; position < length; position++) word += syllable();
    words.push(index % 7 === 0 ? `=${word}` : word);
  }
  return words;
}

function makeText(): string {
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < textBytesTarget) {
    let sentence = '';
    const eojeolCount = 4 + Math.floor(random() * 8);
    for (let eojeol = 0; eojeol < eojeolCount; eojeol++) {
      const length = 1 + Math.floor(random() * 4);
      for (let position = 0; position < length; position++) sentence += syllable();
      sentence += random() < 0.1 ? ', ' : ' ';
    }
    sentence += random() < 0.2 ? '(2024. 5. 31.) 확인했습니다.\n' : '다.\n';
    parts.push(sentence);
    bytes += Buffer.byteLength(sentence);
  }
  return parts.join('');
}

const words = makeWords();
const lists = [
  { id: 'block', name: '욕설', action: 'block' as const, words: words.slice(0, wordCount / 2) },
  { id: 'warn', name: '주의', action: 'warn' as const, words: words.slice(wordCount / 2) },
];
/** CPU milliseconds spent by this process (one thread does the work) while running `work`. */
function measure(work: () => void): number {
  const started = cpuUsage();
  work();
  const used = cpuUsage(started);
  return (used.user + used.system) / 1000;
}

compileBannedWordLists(lists); // warm-up
let matcher = compileBannedWordLists(lists);
let buildMilliseconds = Infinity;
const firstBuildStarted = performance.now();
compileBannedWordLists(lists);
const buildWallMilliseconds = performance.now() - firstBuildStarted;
for (let run = 0; run < 5; run++) {
  buildMilliseconds = Math.min(
    buildMilliseconds,
    measure(() => {
      matcher = compileBannedWordLists(lists);
    }),
  );
}

const text = makeText();
const megabytes = Buffer.byteLength(text) / (1024 * 1024);
matcher.find(text.slice(0, 1_000_000)); // warm-up
let findSeconds = Infinity;
let findingCount = 0;
for (let run = 0; run < 3; run++) {
  const milliseconds = measure(() => {
    findingCount = matcher.find(text).length;
  });
  findSeconds = Math.min(findSeconds, milliseconds / 1000);
}

const streamSeconds =
  measure(() => {
    const checker = createBannedWordStreamChecker(matcher);
    for (let index = 0; index < text.length; index += 20) checker.push(text.slice(index, index + 20));
    checker.finish();
  }) / 1000;

console.log(`words: ${wordCount}, longest normalized word: ${matcher.longestWordLength}`);
console.log(
  `build: ${buildMilliseconds.toFixed(1)} ms CPU (best of 5; one run took ${buildWallMilliseconds.toFixed(1)} ms wall)`,
);
console.log(
  `find: ${megabytes.toFixed(1)} MB in ${(findSeconds * 1000).toFixed(0)} ms = ${(megabytes / findSeconds).toFixed(1)} MB/s ` +
    `(${(text.length / findSeconds / 1e6).toFixed(1)} M chars/s), ${findingCount} findings`,
);
console.log(`stream (20-character deltas): ${(megabytes / streamSeconds).toFixed(1)} MB/s`);
