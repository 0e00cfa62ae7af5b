import { compileBannedWordLists } from '../server/src/modules/guard/banned-words/index.js';
import { bannedWordList } from './banned-word-list.js';
import { findPersonalInformation } from '../server/src/modules/guard/pii/index.js';
import {
  generateNegativeCases,
  generatePositiveCases,
} from '../server/src/modules/guard/pii/eval/generate-corpus.js';
import { RandomSource } from '../server/src/modules/guard/pii/eval/random-source.js';

/**
 * npm run bench:guard — throughput of the guard's text matchers on one core: ~5 MB (UTF-8) of Korean
 * administrative prose with a sprinkling of personal information and look-alike numbers, generated from a
 * fixed seed, scanned in ~2 KB pieces (one chat message) and ~64 KB pieces (one pasted document).
 */
const targetBytes = 5 * 1024 * 1024;
const timedRuns = 5;

/**
 * Everything the guard runs over a piece of text. The banned-word matcher joins here (call it and add its
 * match count) so it is measured in the same run and on the same text as the PII recognizers.
 */
function runGuardMatchers(text: string): number {
  return findPersonalInformation(text).length + bannedWords.find(text).length;
}

const allWords = bannedWordList();
const bannedWords = compileBannedWordLists([
  { id: 'block', name: '차단', action: 'block', words: allWords.slice(0, 1_500) },
  { id: 'warn', name: '경고', action: 'warn', words: allWords.slice(1_500) },
]);

const prose = [
  '2026년도 하반기 정책 추진 실적을 다음과 같이 보고합니다.',
  '관련 부서와 협의하여 세부 추진 계획을 수립하고, 차질 없이 시행될 수 있도록 만전을 기하겠습니다.',
  '민원인께서 제기하신 사항은 관계 법령에 따라 검토한 결과 다음과 같이 답변드립니다.',
  '귀하의 가정에 건강과 행복이 가득하시기를 기원합니다.',
  '본 사업은 지역 주민의 생활 편의 증진과 지역 경제 활성화를 목적으로 합니다.',
  '붙임 자료를 참고하시어 기한 내에 회신하여 주시기 바랍니다.',
  '추진 과정에서 발생한 문제점과 개선 방안을 함께 검토하였습니다.',
  '향후 예산 확보 및 제도 개선을 통해 지속적으로 추진할 계획입니다.',
  '회의 결과 참석자 전원이 원안에 동의하였으며, 세부 일정은 추후 통보할 예정입니다.',
  '개인정보 보호를 위해 제출 서류의 민감 정보는 가림 처리하여 주시기 바랍니다.',
  '현장 점검 결과 시설물 안전 상태는 양호한 것으로 확인되었습니다.',
  '이에 따라 해당 민원은 종결 처리되었음을 알려드립니다.',
];

function buildText(): string {
  const random = new RandomSource(5_242_880);
  const personal = [1, 2, 3, 4, 5].flatMap((seed) =>
    generatePositiveCases(new RandomSource(seed)).map(({ text }) => text),
  );
  const lookAlikes = [1, 2, 3].flatMap((seed) =>
    generateNegativeCases(new RandomSource(seed)).map(({ text }) => text),
  );
  const sentences: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const roll = random.next();
    // About one sentence in ten carries personal information, one in four a date, amount or code.
    const sentence =
      roll < 0.1 ? random.pick(personal) : roll < 0.35 ? random.pick(lookAlikes) : random.pick(prose);
    sentences.push(random.chance(0.15) ? `${sentence}\n\n` : `${sentence} `);
    bytes += Buffer.byteLength(sentence) + 1;
  }
  return sentences.join('');
}

/** Pieces of about `pieceBytes` UTF-8 bytes, cut after a space or newline so words stay whole. */
function splitIntoPieces(text: string, pieceBytes: number): string[] {
  const pieces: string[] = [];
  // Korean prose averages close to 2.5 bytes per UTF-16 unit here; cut by measured bytes, not by guess.
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + Math.floor(pieceBytes / 3));
    while (end < text.length && Buffer.byteLength(text.slice(start, end)) < pieceBytes) end += 16;
    const space = text.lastIndexOf(' ', end);
    if (space > start && end < text.length) end = space + 1;
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces;
}

interface Measurement {
  wallMegabytesPerSecond: number;
  cpuMegabytesPerSecond: number;
  medianMicroseconds: number;
  findings: number;
}

/**
 * Best of the timed runs (the least disturbed by other processes) by wall clock, and by this process's CPU
 * time, which a busy shared machine does not inflate; the p50 is over every piece of every run.
 */
function measure(pieces: readonly string[]): Measurement {
  const megabytes = pieces.reduce((total, piece) => total + Buffer.byteLength(piece), 0) / 1024 / 1024;
  let findings = 0;
  for (const piece of pieces) findings += runGuardMatchers(piece); // warm-up: JIT and regex compilation
  let bestWallSeconds = Infinity;
  let bestCpuSeconds = Infinity;
  const durations: number[] = [];
  for (let run = 0; run < timedRuns; run++) {
    const cpuStarted = process.cpuUsage();
    const started = process.hrtime.bigint();
    for (const piece of pieces) {
      const pieceStarted = process.hrtime.bigint();
      runGuardMatchers(piece);
      durations.push(Number(process.hrtime.bigint() - pieceStarted) / 1000);
    }
    bestWallSeconds = Math.min(bestWallSeconds, Number(process.hrtime.bigint() - started) / 1e9);
    const cpu = process.cpuUsage(cpuStarted);
    bestCpuSeconds = Math.min(bestCpuSeconds, (cpu.user + cpu.system) / 1e6);
  }
  return {
    wallMegabytesPerSecond: megabytes / bestWallSeconds,
    cpuMegabytesPerSecond: megabytes / bestCpuSeconds,
    medianMicroseconds: median(durations),
    findings,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const text = buildText();
const bytes = Buffer.byteLength(text);
console.log(
  `Text: ${(bytes / 1024 / 1024).toFixed(2)} MB UTF-8, ${String(text.length)} UTF-16 units; Node ${process.version}, one thread`,
);
console.log(`Guard matchers: every PII recognizer + 금칙어 matcher over ${String(allWords.length)} words`);
for (const [label, pieceBytes] of [
  ['2 KB', 2 * 1024],
  ['64 KB', 64 * 1024],
] as const) {
  const pieces = splitIntoPieces(text, pieceBytes);
  const result = measure(pieces);
  console.log(
    `${label.padEnd(6)} pieces: ${String(pieces.length).padStart(5)}  ${result.wallMegabytesPerSecond.toFixed(1).padStart(6)} MB/s wall  ${result.cpuMegabytesPerSecond.toFixed(1).padStart(6)} MB/s CPU  p50 ${result.medianMicroseconds.toFixed(0).padStart(6)} µs/piece  findings ${String(result.findings)}`,
  );
}
