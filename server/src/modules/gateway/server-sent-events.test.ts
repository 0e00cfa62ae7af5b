import { describe, expect, it } from 'vitest';
import { ServerSentEventDecoder } from './server-sent-events.js';

const stream = [
  ': comment\n',
  'event: delta\ndata: {"text":"안녕하세요, 주무관님"}\n\n',
  'data: 첫 줄\r\ndata: 둘째 줄\r\n\r\n',
  'data: [DONE]\n\n',
].join('');

function decodeInPieces(bytes: Uint8Array, cuts: number[]) {
  const decoder = new ServerSentEventDecoder();
  const events = [];
  let start = 0;
  for (const cut of [...cuts, bytes.length]) {
    events.push(...decoder.push(bytes.subarray(start, cut)));
    start = cut;
  }
  events.push(...decoder.finish());
  return events;
}

describe('ServerSentEventDecoder', () => {
  const bytes = new TextEncoder().encode(stream);
  const expected = [
    { event: 'delta', data: '{"text":"안녕하세요, 주무관님"}' },
    { event: null, data: '첫 줄\n둘째 줄' },
    { event: null, data: '[DONE]' },
  ];

  it('decodes a whole body', () => {
    expect(decodeInPieces(bytes, [])).toEqual(expected);
  });

  it('gives the same events for any split, inside Hangul bytes and CRLF pairs included', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    for (let round = 0; round < 500; round += 1) {
      const cuts = Array.from({ length: 1 + Math.floor(random() * 12) }, () =>
        Math.floor(random() * bytes.length),
      ).sort((left, right) => left - right);
      expect(decodeInPieces(bytes, cuts)).toEqual(expected);
    }
    // Every single-byte split point too.
    for (let cut = 1; cut < bytes.length; cut += 1) expect(decodeInPieces(bytes, [cut])).toEqual(expected);
  });
});
