import { ServerSentEventDecoder } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { PiiType } from '../pii/index.js';
import { PlaceholderRestorer } from './placeholder-restorer.js';
import {
  closingBrackets,
  innerSpaces,
  maximumInnerSpaces,
  openingBrackets,
  placeholderCore,
} from './placeholder-syntax.js';
import { PlaceholderVault } from './placeholder-vault.js';
import { restorePlaceholders } from './restore-placeholders.js';
import { SeededRandom } from './seeded-random.js';

/**
 * Property tests: whatever the text and however it is cut, streaming restoration equals whole-text
 * restoration. Seeds are fixed, so a failure reproduces; the failing text and cut are in the message.
 */

const emoji = ['😀', '👍', '🇰🇷', '👩‍💻', '❤️', '𝄞'];
const hangul = '가나다라마바사아자차카타파하홍길동민원주무관회신';

function buildVault(): PlaceholderVault {
  const vault = new PlaceholderVault();
  const values: [PiiType, string][] = [
    ['mobile_phone', '010-1234-5678'],
    ['mobile_phone', '010-9876-5432'],
    ['resident_registration_number', '900101-1234568'],
    ['person_name', '홍길동 😀'],
    ['address', '세종시 [도움6로] $& 42'],
    ['ip_address', '203.0.113.7'],
  ];
  // Twelve emails, so [이메일_1] is a prefix of [이메일_10]..[이메일_12].
  for (let index = 1; index <= 12; index++) values.push(['email', `user${index}@korea.kr`]);
  for (const [type, value] of values) vault.placeholderFor(type, value);
  return vault;
}

const vault = buildVault();
const knownPlaceholders = vault.entries().map(({ placeholder }) => placeholder);
const unknownPlaceholders = [
  '[이메일_13]',
  '[이메일_99]',
  '[카드번호_1]',
  '[이메일_0]',
  '[이메일_01]',
  '[주소_2]',
];
const longestCore = Math.max(...knownPlaceholders.map((placeholder) => placeholderCore(placeholder).length));
/** Bracket, spaces, core, spaces: the most a restorer may ever hold back. */
const longestHold = 1 + maximumInnerSpaces + longestCore + maximumInnerSpaces;

function spaces(random: SeededRandom, maximum: number): string {
  return Array.from({ length: random.integer(0, maximum) }, () => random.pick(Array.from(innerSpaces))).join(
    '',
  );
}

/** A spelling of the placeholder that restoration accepts. */
function tolerantSpelling(random: SeededRandom, placeholder: string): string {
  if (random.chance(0.4)) return placeholder;
  return (
    random.pick(Array.from(openingBrackets)) +
    spaces(random, maximumInnerSpaces) +
    placeholderCore(placeholder) +
    spaces(random, maximumInnerSpaces) +
    random.pick(Array.from(closingBrackets))
  );
}

/** One piece of answer text and what restoring it alone gives. */
function randomToken(random: SeededRandom): { text: string; restored: string } {
  const same = (text: string) => ({ text, restored: text });
  const kind = random.integer(0, 11);
  if (kind <= 2) {
    const placeholder = random.pick(knownPlaceholders);
    return { text: tolerantSpelling(random, placeholder), restored: vault.originalFor(placeholder) ?? '' };
  }
  if (kind === 3) return same(tolerantSpelling(random, random.pick(unknownPlaceholders)));
  if (kind === 4) {
    // A known placeholder cut short, or spoiled by a third space or a space around `_`.
    const spelling = tolerantSpelling(random, random.pick(knownPlaceholders));
    if (random.chance(0.5)) return same(spelling.slice(0, random.integer(1, spelling.length - 1)));
    return same(random.pick(['[   이메일_1]', '[이메일 _1]', '[이메일_ 1]', '[이메일_1   ]', '[이메일_1x]']));
  }
  if (kind === 5) return same(random.pick(['[', '［', ']', '］', '[[', '[]', '_', '이메일_1]', ' ']));
  if (kind === 6) return same(random.pick(emoji));
  if (kind === 7) return same(String(random.integer(0, 120)));
  if (kind === 8) return same(random.pick(['\n', ' ', '\u3000', '. ', 'IP', 'abc']));
  return same(
    Array.from({ length: random.integer(1, 6) }, () =>
      hangul.charAt(random.integer(0, hangul.length - 1)),
    ).join(''),
  );
}

function randomAnswer(random: SeededRandom, tokenCount: number): string {
  return Array.from({ length: tokenCount }, () => randomToken(random).text).join('');
}

/** Cuts at random UTF-16 offsets, so inside placeholders, Hangul runs and surrogate pairs alike. */
function randomCuts(random: SeededRandom, length: number): number[] {
  const strategy = random.integer(0, 3);
  if (strategy === 0) return Array.from({ length: length + 1 }, (_, index) => index); // every unit
  const cuts = Array.from({ length: random.integer(0, Math.max(1, length / (strategy * 2))) }, () =>
    random.integer(0, length),
  );
  return [0, ...cuts.sort((left, right) => left - right), length];
}

function split(text: string, cuts: readonly number[]): string[] {
  return cuts.slice(1).map((end, index) => text.slice(cuts[index], end));
}

const loneSurrogatePattern = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Could this held text still grow into a known placeholder? Checked against every spelling. */
function canStillBecomePlaceholder(held: string): boolean {
  const normalized = Array.from(held)
    .map((character) => {
      if (openingBrackets.includes(character)) return '[';
      if (closingBrackets.includes(character)) return ']';
      return innerSpaces.includes(character) ? ' ' : character;
    })
    .join('');
  for (const placeholder of knownPlaceholders) {
    for (let before = 0; before <= maximumInnerSpaces; before++) {
      for (let after = 0; after <= maximumInnerSpaces; after++) {
        const spelling = `[${' '.repeat(before)}${placeholderCore(placeholder)}${' '.repeat(after)}]`;
        if (spelling.startsWith(normalized) && spelling !== normalized) return true;
      }
    }
  }
  return false;
}

describe('PlaceholderRestorer properties', () => {
  it('gives the same text as restorePlaceholders for every way of cutting the answer', () => {
    const random = new SeededRandom(0x5eed);
    const misses: string[] = [];
    let comparisons = 0;
    let answersWithRestorations = 0;
    for (let iteration = 0; iteration < 4000; iteration++) {
      const answer = randomAnswer(random, random.integer(0, 30));
      const expected = restorePlaceholders(answer, vault);
      if (expected !== answer) answersWithRestorations++;
      for (let attempt = 0; attempt < 4; attempt++) {
        const cuts = randomCuts(random, answer.length);
        const restorer = new PlaceholderRestorer(vault);
        const pieces = split(answer, cuts).map((delta) => restorer.push(delta));
        pieces.push(restorer.finish());
        comparisons++;
        // The answer is well-formed, so each piece must be too: pieces are sent to the browser one by one.
        if (pieces.join('') !== expected || pieces.some((piece) => loneSurrogatePattern.test(piece))) {
          misses.push(JSON.stringify({ answer, cuts, pieces }));
        }
      }
    }
    expect(misses).toEqual([]);
    expect(comparisons).toBe(16_000);
    expect(answersWithRestorations).toBeGreaterThan(3000);
  });

  it('agrees with restoring each piece of the answer on its own when pieces cannot join', () => {
    // A separator that cannot continue a placeholder keeps tokens apart, so the expected text is known
    // independently of either implementation.
    const separators = ['.', '가', '😀', '\n', 'x', '!'];
    const random = new SeededRandom(0xfeed);
    for (let iteration = 0; iteration < 2000; iteration++) {
      const tokens = Array.from({ length: random.integer(0, 20) }, () => randomToken(random));
      const separator = random.pick(separators);
      const answer = tokens.map(({ text }) => text + separator).join('');
      const expected = tokens.map(({ restored }) => restored + separator).join('');
      expect(restorePlaceholders(answer, vault), answer).toBe(expected);
      const restorer = new PlaceholderRestorer(vault);
      const streamed = split(answer, randomCuts(random, answer.length)).map((delta) => restorer.push(delta));
      expect(streamed.join('') + restorer.finish(), answer).toBe(expected);
    }
  });

  it('holds back only text that can still become a known placeholder', () => {
    const random = new SeededRandom(0xc0ffee);
    for (let iteration = 0; iteration < 600; iteration++) {
      const answer = randomAnswer(random, random.integer(1, 20));
      const restorer = new PlaceholderRestorer(vault);
      let consumed = '';
      let shown = '';
      for (const delta of split(answer, randomCuts(random, answer.length))) {
        consumed += delta;
        shown += restorer.push(delta);
        // The restorer has shown the restored form of some prefix; the rest is what it holds.
        let heldFrom = -1;
        for (let end = consumed.length; end >= Math.max(0, consumed.length - longestHold - 1); end--) {
          if (restorePlaceholders(consumed.slice(0, end), vault) === shown) {
            heldFrom = end;
            break;
          }
        }
        const context = JSON.stringify({ consumed, shown });
        expect(heldFrom, context).toBeGreaterThanOrEqual(0);
        const held = consumed.slice(heldFrom);
        const isHighSurrogate = held.length === 1 && /^[\uD800-\uDBFF]$/.test(held);
        if (held !== '' && !isHighSurrogate) {
          expect(openingBrackets.includes(held.charAt(0)), context).toBe(true);
          expect(held.length, context).toBeLessThanOrEqual(longestHold);
          expect(canStillBecomePlaceholder(held), context).toBe(true);
        }
      }
    }
  });
});

const chunkSchema = z.object({
  choices: z.array(z.object({ delta: z.object({ content: z.string().nullish() }) })),
});

/** The bytes an OpenAI-compatible server sends for an answer streamed as these content deltas. */
function serverSentEventBytes(random: SeededRandom, deltas: readonly string[]): Uint8Array {
  const lineEnd = random.pick(['\n', '\r\n']);
  const frame = (data: string) => `data: ${data}${lineEnd}${lineEnd}`;
  const frames = [frame(JSON.stringify({ choices: [{ delta: { role: 'assistant', content: '' } }] }))];
  for (const content of deltas) {
    if (random.chance(0.1)) frames.push(`: keep-alive${lineEnd}`);
    frames.push(frame(JSON.stringify({ choices: [{ delta: { content } }] })));
  }
  frames.push(frame(JSON.stringify({ choices: [{ delta: {}, finish_reason: 'stop' }] })), frame('[DONE]'));
  return new TextEncoder().encode(frames.join(''));
}

describe('PlaceholderRestorer over a server-sent event stream', () => {
  it('restores the exact answer when the UTF-8 bytes are cut anywhere', () => {
    const random = new SeededRandom(0xbeef);
    let byteChunks = 0;
    for (let iteration = 0; iteration < 1500; iteration++) {
      const answer = randomAnswer(random, random.integer(0, 30));
      const expected = restorePlaceholders(answer, vault);
      // Model deltas themselves may cut placeholders and even surrogate pairs (JSON escapes the halves).
      const deltas = split(answer, randomCuts(random, answer.length));
      const bytes = serverSentEventBytes(random, deltas);
      const cuts = randomCuts(random, bytes.length);

      const decoder = new ServerSentEventDecoder();
      const restorer = new PlaceholderRestorer(vault);
      const received: string[] = [];
      const shown: string[] = [];
      let done = false;
      const consume = (events: ReturnType<ServerSentEventDecoder['push']>) => {
        for (const { data } of events) {
          if (data === '[DONE]') {
            done = true;
            continue;
          }
          for (const choice of chunkSchema.parse(JSON.parse(data)).choices) {
            const content = choice.delta.content ?? '';
            received.push(content);
            shown.push(restorer.push(content));
          }
        }
      };
      for (let index = 1; index < cuts.length; index++) {
        consume(decoder.push(bytes.subarray(cuts[index - 1], cuts[index])));
        byteChunks++;
      }
      consume(decoder.finish());
      shown.push(restorer.finish());

      const context = JSON.stringify({ answer, deltas, cuts });
      expect(done, context).toBe(true);
      expect(received.join(''), context).toBe(answer);
      expect(shown.join(''), context).toBe(expected);
      for (const piece of shown) expect(loneSurrogatePattern.test(piece), context).toBe(false);
    }
    expect(byteChunks).toBeGreaterThan(1500);
  });
});
