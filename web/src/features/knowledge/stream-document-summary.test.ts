import type { DocumentSummaryEvent } from '@jumugwan/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isApiError } from '../../api/api-error';
import { setCsrfToken } from '../../api/csrf-token';
import { documentSummaryPath, streamDocumentSummary } from './stream-document-summary';

vi.mock('../../i18n/i18n', () => ({ i18n: { t: (key: string) => key } }));

const documentId = '00000000-0000-4000-8000-000000000001';

/** A streamed response whose body arrives in the given pieces (split anywhere, even inside a character). */
function streamResponse(pieces: Uint8Array[]): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(piece);
      controller.close();
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('streamDocumentSummary', () => {
  it('posts the model with the CSRF header and reports each event', async () => {
    setCsrfToken('token-1');
    const text =
      'event: progress\ndata: {"type":"progress","done":0,"total":2}\n\n' +
      ': keep-alive\n\n' +
      'event: progress\ndata: {"type":"progress","done":2,"total":2}\n\n' +
      'event: summary\ndata: {"type":"summary","text":"휴가 요약","citations":[]}\n\n';
    const encoder = new TextEncoder();
    const bytes = encoder.encode(text);
    // Cut inside the first Hangul character of the summary, as a network chunk may.
    const cut = encoder.encode(text.slice(0, text.indexOf('휴'))).length + 1;
    const fetchMock = vi.fn<typeof fetch>(() =>
      Promise.resolve(streamResponse([bytes.slice(0, cut), bytes.slice(cut)])),
    );
    vi.stubGlobal('fetch', fetchMock);

    const events: DocumentSummaryEvent[] = [];
    await streamDocumentSummary({
      documentId,
      model: 'local-model',
      signal: new AbortController().signal,
      onEvent: (event) => events.push(event),
    });

    expect(events).toEqual([
      { type: 'progress', done: 0, total: 2 },
      { type: 'progress', done: 2, total: 2 },
      { type: 'summary', text: '휴가 요약', citations: [] },
    ]);
    const [path, init] = fetchMock.mock.calls[0] ?? [];
    expect(path).toBe(documentSummaryPath(documentId));
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe('{"model":"local-model"}');
    const headers = new Headers(init?.headers);
    expect(headers.get('x-csrf-token')).toBe('token-1');
    expect(headers.get('accept')).toBe('text/event-stream');
  });

  it('rejects with the server message when the request is refused before the stream', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>(() =>
        Promise.resolve(
          Response.json(
            { error: { code: 'internal_only', message: '내부 자료는 외부 모델로 보낼 수 없습니다.' } },
            { status: 403 },
          ),
        ),
      ),
    );
    const failure = streamDocumentSummary({
      documentId,
      model: 'external-model',
      signal: new AbortController().signal,
      onEvent: () => undefined,
    });
    await expect(failure).rejects.toSatisfy(
      (error: unknown) => isApiError(error) && error.status === 403 && error.message.includes('외부 모델'),
    );
  });
});
