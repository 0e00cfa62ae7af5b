import { describe, expect, it } from 'vitest';
import { readResponseWithProgress } from './read-response-with-progress';

function streamOf(parts: readonly string[]): ReadableStream<Uint8Array<ArrayBuffer>> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const part of parts) controller.enqueue(encoder.encode(part));
      controller.close();
    },
  });
}

describe('readResponseWithProgress', () => {
  it('reports each chunk against the announced length and keeps the content type', async () => {
    const response = new Response(streamOf(['abc', 'defg']), {
      headers: { 'content-type': 'application/octet-stream', 'content-length': '7' },
    });
    const reports: [number, number | null][] = [];
    const blob = await readResponseWithProgress(response, (received, total) =>
      reports.push([received, total]),
    );
    expect(reports).toEqual([
      [0, 7],
      [3, 7],
      [7, 7],
    ]);
    expect(await blob.text()).toBe('abcdefg');
    expect(blob.type).toBe('application/octet-stream');
  });

  it('reports no total when the server announced none', async () => {
    const response = new Response(streamOf(['사례집']));
    const totals: (number | null)[] = [];
    await readResponseWithProgress(response, (_received, total) => totals.push(total));
    expect(totals.every((total) => total === null)).toBe(true);
  });
});
