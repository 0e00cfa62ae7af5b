import iconv from 'iconv-lite';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ExtractedParagraphs, GeneratedImage, TranslateResponse } from '@jumugwan/contracts';
import {
  createTestPlatform,
  signInThroughPortal,
  type SignedInClient,
  type TestPlatform,
} from '../../test/test-platform.js';
import { startTestUpstream, type TestUpstream } from '../../test/upstream/index.js';
import { paragraphsDocument } from './paragraphs-document.js';

describe('staff translation and images', () => {
  let upstream: TestUpstream;
  let platform: TestPlatform;
  let staff: SignedInClient;

  beforeAll(async () => {
    upstream = await startTestUpstream({ models: ['test-chat'] });
  });
  afterAll(async () => {
    await upstream.close();
  });
  beforeEach(async () => {
    platform = await createTestPlatform();
    await platform.models.createEndpoint({
      name: '내부',
      baseUrl: upstream.url,
      modelIds: ['test-chat', 'test-image'],
      location: 'internal',
    });
    await platform.models.saveModelSettings('test-image', { capability: 'image', fallbacks: [] });
    staff = await signInThroughPortal(platform, {
      employeeNumber: 'T1',
      name: '번역가',
      departmentCode: null,
    });
  });
  afterEach(async () => {
    await platform.dispose();
  });

  const extract = (fileName: string, body: Buffer) =>
    platform.app.inject({
      method: 'POST',
      url: '/api/translations/extract',
      headers: {
        ...staff.headers,
        'content-type': 'application/octet-stream',
        'x-file-name': encodeURIComponent(fileName),
      },
      payload: body,
    });

  it('translates paragraph by paragraph with an on-prem chat model when there is no DeepL', async () => {
    const response = await platform.app.inject({
      method: 'POST',
      url: '/api/translations',
      headers: staff.headers,
      payload: { texts: ['첫째 문단입니다.', '둘째 문단입니다.'], targetLanguage: 'en', formality: 'more' },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<TranslateResponse>();
    expect(body.model).toBe('test-chat');
    expect(body.translations).toHaveLength(2);
    expect(body.translations[1]?.text).toContain('둘째 문단입니다.');
  });

  it('reads paragraphs from .txt (UTF-8 or CP949) and .docx, and refuses other files', async () => {
    const text = '첫 문단\n같은 문단의 둘째 줄\n\n\n둘째 문단\r\n\r\n셋째 문단';
    const fromUtf8 = (await extract('민원.txt', Buffer.from(text))).json<ExtractedParagraphs>();
    expect(fromUtf8).toEqual({
      fileName: '민원.txt',
      paragraphs: ['첫 문단\n같은 문단의 둘째 줄', '둘째 문단', '셋째 문단'],
    });
    const fromCp949 = (await extract('민원.txt', iconv.encode(text, 'cp949'))).json<ExtractedParagraphs>();
    expect(fromCp949.paragraphs).toEqual(fromUtf8.paragraphs);

    const document = await paragraphsDocument('제목', [
      '시민참여예산 설명회를 엽니다.',
      '많은 참여 바랍니다.',
    ]);
    const fromDocx = (await extract('안내.docx', document)).json<ExtractedParagraphs>();
    expect(fromDocx.paragraphs.join('\n')).toContain('시민참여예산 설명회를 엽니다.');
    expect(fromDocx.paragraphs.join('\n')).toContain('많은 참여 바랍니다.');

    const pdf = await extract('문서.pdf', Buffer.from('%PDF-1.7'));
    expect(pdf.statusCode).toBe(415);
    expect(pdf.json<{ error: { message: string } }>().error.message).toContain('.txt 또는 .docx');
    const broken = await extract('깨짐.docx', Buffer.from('not a zip'));
    expect(broken.statusCode).toBe(422);
  });

  it('exports translated paragraphs as a DOCX', async () => {
    const response = await platform.app.inject({
      method: 'POST',
      url: '/api/translations/docx',
      headers: staff.headers,
      payload: { title: 'Translation', paragraphs: ['Hello.', 'Second paragraph.'] },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('wordprocessingml');
    expect(response.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it("generates images into the user's own gallery", async () => {
    const created = await platform.app.inject({
      method: 'POST',
      url: '/api/images',
      headers: staff.headers,
      payload: { prompt: '가을 축제 포스터', model: 'test-image', size: '512x512' },
    });
    expect(created.statusCode).toBe(201);
    const image = created.json<GeneratedImage>();
    expect(image.mimeType).toBe('image/png');
    const file = await platform.app.inject({ method: 'GET', url: image.url, headers: staff.headers });
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.rawPayload.subarray(1, 4).toString('latin1')).toBe('PNG');

    const other = await signInThroughPortal(platform, {
      employeeNumber: 'T2',
      name: '다른 사람',
      departmentCode: null,
    });
    expect(
      (await platform.app.inject({ method: 'GET', url: image.url, headers: other.headers })).statusCode,
    ).toBe(404);
    expect(
      (await platform.app.inject({ method: 'GET', url: '/api/images', headers: other.headers })).json(),
    ).toEqual({ images: [] });
    expect(
      (
        await platform.app.inject({
          method: 'DELETE',
          url: `/api/images/${image.id}`,
          headers: other.headers,
        })
      ).statusCode,
    ).toBe(404);

    const deleted = await platform.app.inject({
      method: 'DELETE',
      url: `/api/images/${image.id}`,
      headers: staff.headers,
    });
    expect(deleted.statusCode).toBe(204);
    expect(
      (await platform.app.inject({ method: 'GET', url: '/api/images', headers: staff.headers })).json(),
    ).toEqual({ images: [] });
  });
});
