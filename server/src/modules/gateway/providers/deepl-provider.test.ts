import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../../../platform/app-error.js';
import { Egress } from '../../../platform/egress.js';
import { startDeepLUpstream, type DeepLUpstream } from '../../../test/upstream/deepl-upstream.js';
import type { ProviderSettings } from '../provider-spec.js';
import { DeepLProvider, toDeepLSourceLanguage, toDeepLTargetLanguage } from './deepl-provider.js';

const textBodySchema = z.object({ text: z.array(z.string()) });

async function caught(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe('DeepL language codes', () => {
  it('gives targets the variant DeepL requires', () => {
    expect(toDeepLTargetLanguage('en')).toBe('EN-US');
    expect(toDeepLTargetLanguage('EN')).toBe('EN-US');
    expect(toDeepLTargetLanguage('en-US')).toBe('EN-US');
    expect(toDeepLTargetLanguage('en_gb')).toBe('EN-GB');
    expect(toDeepLTargetLanguage('en-AU')).toBe('EN-GB');
    expect(toDeepLTargetLanguage('pt')).toBe('PT-PT');
    expect(toDeepLTargetLanguage('pt-BR')).toBe('PT-BR');
    expect(toDeepLTargetLanguage('zh')).toBe('ZH-HANS');
    expect(toDeepLTargetLanguage('zh-CN')).toBe('ZH-HANS');
    expect(toDeepLTargetLanguage('zh-TW')).toBe('ZH-HANT');
    expect(toDeepLTargetLanguage('zh-Hant-HK')).toBe('ZH-HANT');
    expect(toDeepLTargetLanguage('es-419')).toBe('ES-419');
    expect(toDeepLTargetLanguage('es-ES')).toBe('ES');
    expect(toDeepLTargetLanguage('no')).toBe('NB');
    expect(toDeepLTargetLanguage(' ko ')).toBe('KO');
    expect(toDeepLTargetLanguage('ja')).toBe('JA');
    expect(toDeepLTargetLanguage('de-AT')).toBe('DE');
  });

  it('strips the region from sources and lets auto mean detection', () => {
    expect(toDeepLSourceLanguage('en-US')).toBe('EN');
    expect(toDeepLSourceLanguage('zh-Hant')).toBe('ZH');
    expect(toDeepLSourceLanguage('pt_BR')).toBe('PT');
    expect(toDeepLSourceLanguage('ko')).toBe('KO');
    expect(toDeepLSourceLanguage('auto')).toBeUndefined();
    expect(toDeepLSourceLanguage('')).toBeUndefined();
    expect(toDeepLSourceLanguage(undefined)).toBeUndefined();
  });
});

describe('DeepLProvider', () => {
  let upstream: DeepLUpstream;
  let egress: Egress;
  let settings: ProviderSettings;
  let provider: DeepLProvider;

  beforeEach(async () => {
    upstream = await startDeepLUpstream({ authKey: 'deepl-key:fx' });
    egress = new Egress();
    settings = { name: 'DeepL', baseUrl: upstream.url, apiKey: 'deepl-key:fx', timeoutMs: 5_000 };
    provider = new DeepLProvider(egress, settings);
  });

  afterEach(async () => {
    await egress.close();
    await upstream.close();
  });

  it('posts the DeepL request shape and maps translations, detection and billing', async () => {
    const result = await provider.translate({ texts: ['안녕하세요', 'Hello'], targetLanguage: 'en' });

    const recorded = upstream.requests[0];
    expect(recorded?.method).toBe('POST');
    expect(recorded?.path).toBe('/v2/translate');
    expect(recorded?.headers.authorization).toBe('DeepL-Auth-Key deepl-key:fx');
    expect(recorded?.headers['content-type']).toBe('application/json');
    expect(recorded?.body).toEqual({
      text: ['안녕하세요', 'Hello'],
      target_lang: 'EN-US',
      show_billed_characters: true,
    });

    expect(result).toEqual({
      translations: [
        { text: '[EN-US] 안녕하세요', detectedSourceLanguage: 'ko' },
        { text: '[EN-US] Hello', detectedSourceLanguage: 'en' },
      ],
      billedCharacters: 10,
    });
  });

  it('passes source language without region, formality and glossary', async () => {
    const result = await provider.translate({
      texts: ['Please submit the report.'],
      targetLanguage: 'de',
      sourceLanguage: 'en-GB',
      formality: 'more',
      glossaryId: 'glossary-1',
    });
    expect(upstream.requests[0]?.body).toEqual({
      text: ['Please submit the report.'],
      target_lang: 'DE',
      source_lang: 'EN',
      formality: 'more',
      glossary_id: 'glossary-1',
      show_billed_characters: true,
    });
    expect(result.translations[0]).toEqual({
      text: '[DE] Please submit the report.',
      detectedSourceLanguage: 'en',
    });
  });

  it("leaves 'default' formality out so languages without formality work", async () => {
    await provider.translate({ texts: ['Hello'], targetLanguage: 'ko', formality: 'default' });
    expect(upstream.requests[0]?.body).not.toHaveProperty('formality');
  });

  it("surfaces DeepL's message when it rejects formality or a glossary", async () => {
    const formality = await caught(
      provider.translate({ texts: ['Hello'], targetLanguage: 'ko', formality: 'less' }),
    );
    expect(formality.code).toBe('upstream_error');
    expect(formality.message).toContain("HTTP 400: 'formality' is not supported for given 'target_lang'.");

    const glossary = await caught(
      provider.translate({ texts: ['Hello'], targetLanguage: 'ko', glossaryId: 'g' }),
    );
    expect(glossary.message).toContain('requires the source_lang parameter');
  });

  it('splits more than 50 texts into several requests and keeps the order', async () => {
    const texts = Array.from({ length: 120 }, (_unused, index) => `문장 ${index}`);
    const result = await provider.translate({ texts, targetLanguage: 'ja' });
    const batchSizes = upstream.requests.map((request) => textBodySchema.parse(request.body).text.length);
    expect(batchSizes).toEqual([50, 50, 20]);
    expect(result.translations.map((translation) => translation.text)).toEqual(
      texts.map((text) => `[JA] ${text}`),
    );
    expect(result.billedCharacters).toBe(texts.reduce((sum, text) => sum + text.length, 0));
  });

  it('does not call DeepL for no texts', async () => {
    expect(await provider.translate({ texts: [], targetLanguage: 'ko' })).toEqual({
      translations: [],
      billedCharacters: 0,
    });
    expect(upstream.requests).toHaveLength(0);
  });

  it('lists the single model after checking the key with /v2/usage, and tolerates a /v2 base URL', async () => {
    const withVersion = new DeepLProvider(egress, { ...settings, baseUrl: `${upstream.url}/v2/` });
    expect(await withVersion.listModels()).toEqual({ models: ['deepl'] });
    expect(upstream.requests[0]?.method).toBe('GET');
    expect(upstream.requests[0]?.path).toBe('/v2/usage');
    expect(upstream.requests[0]?.headers.authorization).toBe('DeepL-Auth-Key deepl-key:fx');

    await provider.translate({ texts: ['abc'], targetLanguage: 'ko' });
    expect(await provider.getUsage()).toEqual({ characterCount: 3, characterLimit: 500_000 });
  });

  it('maps a bad key (403) to upstream_error, for translate and listModels', async () => {
    const wrongKey = new DeepLProvider(egress, { ...settings, apiKey: 'wrong' });
    const translateError = await caught(wrongKey.translate({ texts: ['Hello'], targetLanguage: 'ko' }));
    expect(translateError.code).toBe('upstream_error');
    expect(translateError.message).toContain('HTTP 403');
    expect(translateError.message).toContain('DeepL API 키');

    const noKey = new DeepLProvider(egress, { ...settings, apiKey: null });
    expect((await caught(noKey.listModels())).code).toBe('upstream_error');
    expect(upstream.requests[1]?.headers.authorization).toBeUndefined();
  });

  it('maps an exceeded quota (456) to a Korean message', async () => {
    const limited = await startDeepLUpstream({ authKey: 'deepl-key:fx', characterLimit: 10 });
    try {
      const limitedProvider = new DeepLProvider(egress, { ...settings, baseUrl: limited.url });
      await limitedProvider.translate({ texts: ['123456'], targetLanguage: 'ko' });
      const error = await caught(limitedProvider.translate({ texts: ['123456'], targetLanguage: 'ko' }));
      expect(error.code).toBe('upstream_error');
      expect(error.message).toContain('DeepL 사용 한도를 넘었습니다');
      expect(await limitedProvider.getUsage()).toEqual({ characterCount: 6, characterLimit: 10 });
    } finally {
      await limited.close();
    }
  });

  it('maps 429 and 5xx to upstream_error and a closed port to upstream_unavailable', async () => {
    const rateLimited = await caught(
      provider.translate({ texts: ['[[status:429]] 많음'], targetLanguage: 'en' }),
    );
    expect(rateLimited.code).toBe('upstream_error');
    expect(rateLimited.message).toContain('HTTP 429');

    const serverError = await caught(provider.translate({ texts: ['[[status:503]]'], targetLanguage: 'en' }));
    expect(serverError.code).toBe('upstream_error');
    expect(serverError.message).toContain('HTTP 503');

    const closed = await startDeepLUpstream();
    await closed.close();
    const closedProvider = new DeepLProvider(egress, { ...settings, baseUrl: closed.url });
    expect((await caught(closedProvider.translate({ texts: ['a'], targetLanguage: 'ko' }))).code).toBe(
      'upstream_unavailable',
    );
  });
});
