import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startDeepLUpstream, type DeepLUpstream } from './deepl-upstream.js';

const translateResponseSchema = z.object({
  translations: z.array(
    z.object({
      detected_source_language: z.string(),
      text: z.string(),
      billed_characters: z.number().optional(),
    }),
  ),
});
const usageResponseSchema = z.object({ character_count: z.number(), character_limit: z.number() });
const errorSchema = z.object({ message: z.string() });

describe('DeepL test upstream', () => {
  let upstream: DeepLUpstream;
  const key = { authorization: 'DeepL-Auth-Key secret:fx' };

  function translate(body: unknown, headers: Record<string, string> = key): Promise<Response> {
    return fetch(`${upstream.url}/v2/translate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  }

  beforeEach(async () => {
    upstream = await startDeepLUpstream({ authKey: 'secret:fx', characterLimit: 30 });
  });

  afterEach(async () => {
    await upstream.close();
  });

  it('exposes a base URL without /v2', () => {
    expect(upstream.url).toBe(`http://127.0.0.1:${upstream.port}`);
  });

  it('translates deterministically, detects Hangul, bills only when asked, and records the request', async () => {
    const response = await translate({ text: ['안녕하세요', 'Good morning'], target_lang: 'en-us' });
    expect(response.status).toBe(200);
    expect(translateResponseSchema.parse(await response.json())).toEqual({
      translations: [
        { detected_source_language: 'KO', text: '[EN-US] 안녕하세요' },
        { detected_source_language: 'EN', text: '[EN-US] Good morning' },
      ],
    });

    const billed = await translate({
      text: ['abc'],
      target_lang: 'DE',
      source_lang: 'ja',
      show_billed_characters: true,
    });
    expect(translateResponseSchema.parse(await billed.json()).translations).toEqual([
      { detected_source_language: 'JA', text: '[DE] abc', billed_characters: 3 },
    ]);
    expect(upstream.requests[1]?.body).toMatchObject({ source_lang: 'ja', show_billed_characters: true });
  });

  it('rejects what DeepL rejects, with its {message} body', async () => {
    const cases: [unknown, string][] = [
      [{ text: ['a'], target_lang: 'EN' }, "targeting target_lang 'EN' is deprecated"],
      [{ text: ['a'], target_lang: 'XX' }, "Value for 'target_lang' not supported."],
      [{ text: ['a'], target_lang: 'KO', source_lang: 'EN-US' }, "Value for 'source_lang' not supported."],
      [{ text: ['a'], target_lang: 'KO', formality: 'more' }, "'formality' is not supported"],
      [{ text: ['a'], target_lang: 'KO', glossary_id: 'g' }, 'requires the source_lang parameter'],
      [{ text: [], target_lang: 'KO' }, "Invalid value for 'text'"],
    ];
    for (const [body, message] of cases) {
      const response = await translate(body);
      expect(response.status).toBe(400);
      expect(errorSchema.parse(await response.json()).message).toContain(message);
    }
    // prefer_ formality is accepted everywhere.
    expect((await translate({ text: ['a'], target_lang: 'KO', formality: 'prefer_more' })).status).toBe(200);
  });

  it('requires the auth key header', async () => {
    expect((await translate({ text: ['a'], target_lang: 'KO' }, {})).status).toBe(403);
    expect(
      (await translate({ text: ['a'], target_lang: 'KO' }, { authorization: 'Bearer secret:fx' })).status,
    ).toBe(403);
    expect((await fetch(`${upstream.url}/v2/usage`)).status).toBe(403);

    const anyKey = await startDeepLUpstream();
    try {
      const response = await fetch(`${anyKey.url}/v2/usage`, {
        headers: { authorization: 'DeepL-Auth-Key x' },
      });
      expect(response.status).toBe(200);
    } finally {
      await anyKey.close();
    }
  });

  it('counts characters, answers 456 past the limit, and reset() clears the count', async () => {
    expect((await translate({ text: ['0123456789', '0123456789'], target_lang: 'KO' })).status).toBe(200);
    const over = await translate({ text: ['0123456789', 'x'], target_lang: 'KO' });
    expect(over.status).toBe(456);
    expect(errorSchema.parse(await over.json()).message).toBe('Quota Exceeded');

    const usage = await fetch(`${upstream.url}/v2/usage`, { headers: key });
    expect(usageResponseSchema.parse(await usage.json())).toEqual({
      character_count: 20,
      character_limit: 30,
    });

    upstream.reset();
    expect(upstream.requests).toHaveLength(0);
    const afterReset = await fetch(`${upstream.url}/v2/usage`, { headers: key });
    expect(usageResponseSchema.parse(await afterReset.json()).character_count).toBe(0);
  });

  it('applies [[status:NNN]] and [[retry-after:S]] from the texts, and 404s unknown routes', async () => {
    const limited = await translate({ text: ['[[status:429]][[retry-after:2]] 안녕'], target_lang: 'EN-GB' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');

    const unknown = await fetch(`${upstream.url}/v2/glossaries`, { headers: key });
    expect(unknown.status).toBe(404);
  });
});
