import { describe, expect, it } from 'vitest';
import { chatStreamEventSchema } from './chat.js';
import { ServerSentEventDecoder, type ServerSentEvent } from './server-sent-events.js';

const conversationId = '6f1c2a3e-8b4d-4c5e-9f60-718293a4b5c6';
const assistantMessageId = '0a1b2c3d-4e5f-4a6b-8c7d-8e9fa0b1c2d3';

const events = [
  { type: 'start', conversationId, userMessage: null, assistantMessageId, model: 'exaone-3.5' },
  { type: 'delta', text: '안녕하세요. ' },
  { type: 'delta', text: '주무관입니다 🙂\n표를 만들면:\n| 구분 | 값 |' },
  { type: 'delta', text: '' },
  { type: 'done', status: 'complete', usage: { promptTokens: 12, completionTokens: 34 } },
];

function encodeStream(lineBreak: string): Uint8Array {
  const text =
    `: keep-alive${lineBreak}${lineBreak}` +
    events
      .map(
        (event) => `event: ${event.type}${lineBreak}data: ${JSON.stringify(event)}${lineBreak}${lineBreak}`,
      )
      .join('');
  return new TextEncoder().encode(text);
}

/** Small deterministic PRNG so a failing split can be reproduced from its seed. */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function decodeInChunks(bytes: Uint8Array, cutPoints: number[]): ServerSentEvent[] {
  const decoder = new ServerSentEventDecoder();
  const frames: ServerSentEvent[] = [];
  let start = 0;
  for (const cut of [...cutPoints, bytes.length]) {
    frames.push(...decoder.push(bytes.subarray(start, cut)));
    start = cut;
  }
  frames.push(...decoder.finish());
  return frames;
}

describe('ServerSentEventDecoder', () => {
  it('decodes every event in one chunk', () => {
    const frames = decodeInChunks(encodeStream('\n'), []);
    expect(frames.map((frame) => frame.event)).toEqual(['start', 'delta', 'delta', 'delta', 'done']);
    expect(frames.map((frame) => chatStreamEventSchema.parse(JSON.parse(frame.data)))).toEqual(events);
  });

  for (const lineBreak of ['\n', '\r\n', '\r']) {
    it(`gives the same events for random chunk splits (line break ${JSON.stringify(lineBreak)})`, () => {
      const bytes = encodeStream(lineBreak);
      const expected = decodeInChunks(bytes, []);
      expect(expected).toHaveLength(events.length);
      for (let seed = 1; seed <= 300; seed += 1) {
        const random = mulberry32(seed);
        const cutCount = 1 + Math.floor(random() * 40);
        const cuts = Array.from({ length: cutCount }, () => Math.floor(random() * bytes.length)).sort(
          (left, right) => left - right,
        );
        expect(decodeInChunks(bytes, cuts), `seed ${seed}`).toEqual(expected);
      }
    });
  }

  it('reassembles Hangul split inside its three UTF-8 bytes', () => {
    const bytes = new TextEncoder().encode('event: delta\ndata: {"type":"delta","text":"한글"}\n\n');
    const hangulStart = bytes.indexOf(0xed); // first byte of 한 (U+D55C)
    for (const cut of [hangulStart + 1, hangulStart + 2, hangulStart + 4, hangulStart + 5]) {
      expect(decodeInChunks(bytes, [cut])).toEqual([
        { event: 'delta', data: '{"type":"delta","text":"한글"}' },
      ]);
    }
  });

  it('feeds one byte at a time', () => {
    const bytes = encodeStream('\r\n');
    const everyByte = Array.from({ length: bytes.length - 1 }, (_, index) => index + 1);
    expect(
      decodeInChunks(bytes, everyByte).map((frame) => chatStreamEventSchema.parse(JSON.parse(frame.data))),
    ).toEqual(events);
  });

  it('joins multi-line data and ignores comments, unknown fields and unfinished events', () => {
    const text = ': comment\nid: 7\nretry: 1000\ndata: first\ndata:second\n\nevent: x\ndata: unfinished';
    expect(decodeInChunks(new TextEncoder().encode(text), [])).toEqual([
      { event: 'message', data: 'first\nsecond' },
    ]);
  });
});
