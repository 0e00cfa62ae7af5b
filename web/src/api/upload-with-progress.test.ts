import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getCsrfToken, setCsrfToken } from './csrf-token';
import type { ResponseSchema } from './response-schema';
import { uploadWithProgress } from './upload-with-progress';

vi.mock('../i18n/i18n', () => ({ i18n: { t: (key: string) => key } }));

interface Answer {
  status: number;
  body: unknown;
}

/** A stand-in XMLHttpRequest that answers each request with the next queued answer. */
function fakeXhr(answers: Answer[], sentTokens: string[]) {
  return class FakeXhr {
    status = 0;
    responseText = '';
    responseType = '';
    upload: { onprogress: unknown; onload: (() => void) | null } = { onprogress: null, onload: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onabort: (() => void) | null = null;
    private headers = new Map<string, string>();

    open(): void {}

    setRequestHeader(name: string, value: string): void {
      this.headers.set(name, value);
    }

    abort(): void {
      this.onabort?.();
    }

    send(): void {
      sentTokens.push(this.headers.get('x-csrf-token') ?? '');
      const answer = answers.shift();
      if (answer === undefined) throw new Error('unexpected request');
      queueMicrotask(() => {
        this.upload.onload?.();
        this.status = answer.status;
        this.responseText = JSON.stringify(answer.body);
        this.onload?.();
      });
    }
  };
}

const okSchema: ResponseSchema<{ ok: true }> = {
  safeParse: (data) =>
    typeof data === 'object' && data !== null && 'ok' in data && data.ok === true
      ? { success: true, data: { ok: true } }
      : { success: false, error: new Error('not ok') },
};
const staleToken = { error: { code: 'csrf_failed', message: 'CSRF 토큰이 올바르지 않습니다.' } };

describe('uploadWithProgress', () => {
  beforeEach(() => setCsrfToken('old-token'));
  afterEach(() => vi.unstubAllGlobals());

  it('refreshes a stale CSRF token and sends the body once more', async () => {
    const tokens: string[] = [];
    vi.stubGlobal(
      'XMLHttpRequest',
      fakeXhr(
        [
          { status: 403, body: staleToken },
          { status: 200, body: { ok: true } },
        ],
        tokens,
      ),
    );
    const fetchSession = sessionAnswering('new-token');
    vi.stubGlobal('fetch', fetchSession);

    const result = await uploadWithProgress('/api/upload', new Blob(['본문']), okSchema, {
      onProgress: () => {},
    });
    expect(result).toEqual({ ok: true });
    expect(tokens).toEqual(['old-token', 'new-token']);
    expect(fetchSession).toHaveBeenCalledTimes(1);
    expect(getCsrfToken()).toBe('new-token');
  });

  it('gives up after the one retry', async () => {
    const tokens: string[] = [];
    vi.stubGlobal(
      'XMLHttpRequest',
      fakeXhr(
        [
          { status: 403, body: staleToken },
          { status: 403, body: staleToken },
        ],
        tokens,
      ),
    );
    vi.stubGlobal('fetch', sessionAnswering('new-token'));
    await expect(
      uploadWithProgress('/api/upload', new Blob(['본문']), okSchema, { onProgress: () => {} }),
    ).rejects.toMatchObject({ status: 403, code: 'csrf_failed' });
    expect(tokens).toEqual(['old-token', 'new-token']);
  });

  it('does not retry other refusals', async () => {
    const tokens: string[] = [];
    vi.stubGlobal(
      'XMLHttpRequest',
      fakeXhr([{ status: 403, body: { error: { code: 'forbidden', message: '권한이 없습니다.' } } }], tokens),
    );
    const fetchSession = vi.fn();
    vi.stubGlobal('fetch', fetchSession);
    await expect(
      uploadWithProgress('/api/upload', new Blob(['본문']), okSchema, { onProgress: () => {} }),
    ).rejects.toMatchObject({ status: 403, message: '권한이 없습니다.' });
    expect(tokens).toEqual(['old-token']);
    expect(fetchSession).not.toHaveBeenCalled();
  });
});

function sessionAnswering(csrfToken: string) {
  return vi.fn(() =>
    Promise.resolve(
      new Response(
        JSON.stringify({
          user: {
            id: '00000000-0000-4000-8000-000000000001',
            name: '김주무',
            employeeNumber: '20250001',
            username: null,
            rank: null,
            email: null,
            role: 'staff',
            department: null,
            institution: { code: 'hanbit', name: '한빛시' },
          },
          csrfToken,
          expiresAt: '2026-12-01T00:00:00.000Z',
        }),
      ),
    ),
  );
}
