import { crc32, inflateSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/app-error.js';
import { Egress } from '../../../platform/egress.js';
import { startTestUpstream, type TestUpstream } from '../../../test/upstream/test-upstream.js';
import type { ProviderSettings } from '../provider-spec.js';
import { generateImages } from './openai-images.js';

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Checks the signature, every chunk's CRC and the pixel data length; returns the IHDR size. */
function decodePngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(pngSignature)).toBe(true);
  let offset = 8;
  let size: { width: number; height: number } | undefined;
  const compressed: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.subarray(offset + 4, offset + 8).toString('ascii');
    const data = png.subarray(offset + 8, offset + 8 + length);
    expect(png.readUInt32BE(offset + 8 + length)).toBe(crc32(png.subarray(offset + 4, offset + 8 + length)));
    if (type === 'IHDR') size = { width: data.readUInt32BE(0), height: data.readUInt32BE(4) };
    if (type === 'IDAT') compressed.push(data);
    offset += 12 + length;
  }
  if (size === undefined) throw new Error('no IHDR chunk');
  // 8-bit RGB: one filter byte and three bytes per pixel on every row.
  expect(inflateSync(Buffer.concat(compressed)).length).toBe(size.height * (1 + size.width * 3));
  return size;
}

async function caught(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe('generateImages', () => {
  let upstream: TestUpstream;
  let egress: Egress;
  let settings: ProviderSettings;

  beforeEach(async () => {
    upstream = await startTestUpstream({ apiKey: 'image-key' });
    egress = new Egress();
    settings = { name: '이미지 서버', baseUrl: upstream.url, apiKey: 'image-key', timeoutMs: 5_000 };
  });

  afterEach(async () => {
    await egress.close();
    await upstream.close();
  });

  it('posts the OpenAI request shape and returns base64 PNGs', async () => {
    const result = await generateImages(egress, settings, {
      model: 'test-image',
      prompt: '청사 앞 벚꽃길',
      count: 2,
      size: '64x32',
      quality: 'high',
      responseFormat: 'b64_json',
    });

    const recorded = upstream.requests[0];
    expect(recorded?.path).toBe('/v1/images/generations');
    expect(recorded?.headers.authorization).toBe('Bearer image-key');
    expect(recorded?.body).toEqual({
      model: 'test-image',
      prompt: '청사 앞 벚꽃길',
      n: 2,
      size: '64x32',
      quality: 'high',
      response_format: 'b64_json',
    });

    expect(result.images).toHaveLength(2);
    for (const image of result.images) {
      expect(image.url).toBeUndefined();
      expect(image.revisedPrompt).toContain('청사 앞 벚꽃길');
      expect(decodePngSize(Buffer.from(image.base64 ?? '', 'base64'))).toEqual({ width: 64, height: 32 });
    }
    // Two images of one prompt are still two different pictures.
    expect(result.images[0]?.base64).not.toBe(result.images[1]?.base64);
  });

  it('returns URLs that serve the PNG when asked for url', async () => {
    const result = await generateImages(egress, settings, {
      model: 'test-image',
      prompt: '회의실 안내 그림',
      size: '16x16',
      responseFormat: 'url',
    });
    const url = result.images[0]?.url ?? '';
    expect(result.images[0]?.base64).toBeUndefined();
    expect(url.startsWith(`http://127.0.0.1:${upstream.port}/images/`)).toBe(true);

    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(decodePngSize(Buffer.from(await response.arrayBuffer()))).toEqual({ width: 16, height: 16 });
  });

  it('sends only n besides model and prompt by default', async () => {
    const result = await generateImages(egress, settings, { model: 'test-image', prompt: '기본값' });
    // No size, quality or response_format: gpt-image models reject response_format outright.
    expect(upstream.requests[0]?.body).toEqual({ model: 'test-image', prompt: '기본값', n: 1 });
    expect(decodePngSize(Buffer.from(result.images[0]?.base64 ?? '', 'base64'))).toEqual({
      width: 1024,
      height: 1024,
    });
  });

  it('maps upstream errors, slow generation and refused connections', async () => {
    const rejected = await caught(
      generateImages(egress, settings, { model: 'test-image', prompt: '[[status:400]] 금지된 그림' }),
    );
    expect(rejected.code).toBe('upstream_error');
    expect(rejected.message).toContain('HTTP 400: Simulated upstream error (status 400).');

    const invalidSize = await caught(
      generateImages(egress, settings, { model: 'test-image', prompt: '그림', size: 'huge' }),
    );
    expect(invalidSize.code).toBe('upstream_error');
    expect(invalidSize.message).toContain('size');

    const slow = await caught(
      generateImages(
        egress,
        { ...settings, timeoutMs: 100 },
        { model: 'test-image', prompt: '[[delay:3000]]' },
      ),
    );
    expect(slow.code).toBe('upstream_timeout');

    const closed = await startTestUpstream();
    await closed.close();
    const refused = await caught(
      generateImages(egress, { ...settings, baseUrl: closed.url }, { model: 'test-image', prompt: '그림' }),
    );
    expect(refused.code).toBe('upstream_unavailable');
  });
});
