import OpenAI from 'openai';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApiKeyInput, ModelEndpointInput } from '@jumugwan/contracts';
import { createTestPlatform, signInAsAdmin, type TestPlatform } from '../../../test/test-platform.js';
import {
  startAnthropicUpstream,
  startDeepLUpstream,
  startTestUpstream,
  type TestUpstream,
} from '../../../test/upstream/index.js';

type AnthropicUpstream = Awaited<ReturnType<typeof startAnthropicUpstream>>;
type DeepLUpstream = Awaited<ReturnType<typeof startDeepLUpstream>>;

describe('/v1 capabilities', () => {
  let upstream: TestUpstream;
  let perplexity: TestUpstream;
  let anthropic: AnthropicUpstream;
  let deepl: DeepLUpstream;
  let platform: TestPlatform;
  let baseUrl: string;
  let departmentId: string;
  let adminId: string;

  beforeAll(async () => {
    upstream = await startTestUpstream({ models: ['test-chat'] });
    perplexity = await startTestUpstream({
      models: ['sonar'],
      citations: ['https://www.mois.go.kr/', 'https://www.law.go.kr/'],
    });
    anthropic = await startAnthropicUpstream({ apiKey: 'sk-ant-test', models: ['claude-test'] });
    deepl = await startDeepLUpstream({ authKey: 'deepl-test-key' });
  });
  afterAll(async () => {
    await Promise.all([upstream.close(), perplexity.close(), anthropic.close(), deepl.close()]);
  });

  const endpoint = (
    input: Partial<ModelEndpointInput> & { name: string; baseUrl: string; modelIds: string[] },
  ) => platform.models.createEndpoint({ location: 'internal', ...input });

  const newKey = async (overrides: Partial<ApiKeyInput> = {}) =>
    (
      await platform.apiKeys.create(
        {
          name: '연계 시스템',
          departmentId,
          allowedModels: null,
          expiresAt: null,
          requestsPerMinute: null,
          tokensPerMinute: null,
          ...overrides,
        },
        adminId,
      )
    ).key;

  const sdk = (key: string) => new OpenAI({ apiKey: key, baseURL: `${baseUrl}/v1`, maxRetries: 0 });

  const startPlatform = async () => {
    platform = await createTestPlatform();
    await platform.org.importDepartments(Buffer.from('부서코드,부서명\nD200,정보통신과\n'));
    departmentId = (await platform.org.listDepartments())[0]?.id ?? '';
    adminId = (await signInAsAdmin(platform)).userId;
    await endpoint({
      name: '내부',
      baseUrl: upstream.url,
      modelIds: ['test-chat', 'test-embed', 'test-image', 'test-rerank'],
    });
    await platform.models.saveModelSettings('test-embed', { capability: 'embedding', fallbacks: [] });
    await platform.models.saveModelSettings('test-image', { capability: 'image', fallbacks: [] });
    await platform.models.saveModelSettings('test-rerank', { capability: 'rerank', fallbacks: [] });
    await platform.app.listen({ port: 0, host: '127.0.0.1' });
    const address = platform.app.server.address();
    if (address === null || typeof address === 'string') throw new Error('no address');
    baseUrl = `http://127.0.0.1:${address.port}`;
  };

  // Each of these uses keys of its own, and any endpoint it adds serves only a model no other test here uses.
  describe('on a shared platform', () => {
    beforeAll(startPlatform);
    afterAll(async () => {
      await platform.dispose();
    });

    it('embeds through the SDK (base64 by default) and as floats', async () => {
      const client = sdk(await newKey());
      const result = await client.embeddings.create({
        model: 'test-embed',
        input: ['민원 처리 기한', '민원 처리 기한', '예산 편성'],
      });
      expect(result.data).toHaveLength(3);
      const [first, second, third] = result.data.map((entry) => entry.embedding);
      expect(first?.length).toBe(8);
      expect(first).toEqual(second);
      expect(first).not.toEqual(third);
      const floats = await fetch(`${baseUrl}/v1/embeddings`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await newKey()}`, 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'test-embed', input: '민원 처리 기한', encoding_format: 'float' }),
      });
      const body = (await floats.json()) as { data: { embedding: number[] }[] };
      expect(body.data[0]?.embedding.map((value) => Math.fround(value))).toEqual(first);
    });

    it('generates an image', async () => {
      const client = sdk(await newKey());
      const image = await client.images.generate({
        model: 'test-image',
        prompt: '한강 공원 안내 포스터',
        size: '1024x1024',
      });
      const data = Buffer.from(image.data?.[0]?.b64_json ?? '', 'base64');
      expect(data.subarray(1, 4).toString('latin1')).toBe('PNG');
    });

    it('reranks documents', async () => {
      const response = await fetch(`${baseUrl}/v1/rerank`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await newKey()}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          model: 'test-rerank',
          query: '여권 발급 수수료',
          documents: ['주차 요금 안내', '여권 발급 수수료는 5만 원입니다', '도서관 휴관일'],
          top_n: 2,
          return_documents: true,
        }),
      });
      const body = (await response.json()) as {
        results: { index: number; relevance_score: number; document: { text: string } }[];
      };
      expect(body.results).toHaveLength(2);
      expect(body.results[0]).toMatchObject({
        index: 1,
        document: { text: '여권 발급 수수료는 5만 원입니다' },
      });
    });

    it('speaks to Anthropic behind the same API, streaming included', async () => {
      await endpoint({
        name: 'Claude',
        baseUrl: anthropic.url,
        apiKey: 'sk-ant-test',
        modelIds: ['claude-test'],
        provider: 'anthropic',
        location: 'external',
      });
      const client = sdk(await newKey());
      const completion = await client.chat.completions.create({
        model: 'claude-test',
        messages: [
          { role: 'system', content: '간결하게' },
          { role: 'user', content: '주민센터 운영 시간?' },
        ],
      });
      expect(completion.choices[0]?.message.content).toContain('주민센터 운영 시간?');
      expect(anthropic.requests.at(-1)?.body).toMatchObject({ system: '간결하게', model: 'claude-test' });
      const stream = await client.chat.completions.create({
        model: 'claude-test',
        messages: [
          { role: 'system', content: '간결하게' },
          { role: 'user', content: '주민센터 운영 시간?' },
        ],
        stream: true,
        stream_options: { include_usage: true },
      });
      let text = '';
      let usage: OpenAI.CompletionUsage | undefined;
      for await (const chunk of stream) {
        text += chunk.choices[0]?.delta.content ?? '';
        if (chunk.usage !== undefined && chunk.usage !== null) usage = chunk.usage;
      }
      expect(text).toBe(completion.choices[0]?.message.content);
      expect(usage?.total_tokens).toBe(completion.usage?.total_tokens);
    });

    it('passes tool calls through, in JSON and streamed', async () => {
      const client = sdk(await newKey());
      const tools: OpenAI.ChatCompletionTool[] = [
        {
          type: 'function',
          function: {
            name: 'find_statute',
            parameters: { type: 'object', properties: { query: { type: 'string' } } },
          },
        },
      ];
      const completion = await client.chat.completions.create({
        model: 'test-chat',
        tools,
        messages: [{ role: 'user', content: '[[tool:find_statute]] 주차장법' }],
      });
      const call = completion.choices[0]?.message.tool_calls?.[0];
      expect(completion.choices[0]?.finish_reason).toBe('tool_calls');
      expect(call?.type === 'function' ? call.function.name : null).toBe('find_statute');
      expect(upstream.requests.at(-1)?.body).toMatchObject({ tools });

      const stream = await client.chat.completions.create({
        model: 'test-chat',
        tools,
        stream: true,
        messages: [{ role: 'user', content: '[[tool:find_statute]] 주차장법' }],
      });
      let name = '';
      let argumentsText = '';
      let finish: string | null | undefined;
      for await (const chunk of stream) {
        for (const delta of chunk.choices[0]?.delta.tool_calls ?? []) {
          name += delta.function?.name ?? '';
          argumentsText += delta.function?.arguments ?? '';
        }
        finish = chunk.choices[0]?.finish_reason ?? finish;
      }
      expect(name).toBe('find_statute');
      expect(JSON.parse(argumentsText)).toEqual({ query: '주차장법' });
      expect(finish).toBe('tool_calls');
    });

    it("keeps Perplexity's search citations", async () => {
      await endpoint({
        name: 'Perplexity',
        baseUrl: perplexity.url,
        modelIds: ['sonar'],
        location: 'external',
      });
      const response = await fetch(`${baseUrl}/v1/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await newKey()}`, 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'sonar', messages: [{ role: 'user', content: '행정안전부 소식' }] }),
      });
      expect(await response.json()).toMatchObject({
        citations: ['https://www.mois.go.kr/', 'https://www.law.go.kr/'],
      });
    });

    it('counts usage when the model server reports none', async () => {
      const client = sdk(await newKey());
      const stream = await client.chat.completions.create({
        model: 'test-chat',
        messages: [{ role: 'user', content: '[[no-usage]] 사용량 없음' }],
        stream: true,
        stream_options: { include_usage: true },
      });
      let usage: OpenAI.CompletionUsage | undefined;
      for await (const chunk of stream)
        if (chunk.usage !== undefined && chunk.usage !== null) usage = chunk.usage;
      expect(usage?.prompt_tokens).toBeGreaterThan(0);
      expect(usage?.completion_tokens).toBeGreaterThan(0);
    });

    it('limits requests and tokens per minute with 429 and Retry-After', async () => {
      const limited = sdk(await newKey({ requestsPerMinute: 2 }));
      await limited.models.list();
      await limited.chat.completions.create({
        model: 'test-chat',
        messages: [{ role: 'user', content: '하나' }],
      });
      await limited.chat.completions.create({
        model: 'test-chat',
        messages: [{ role: 'user', content: '둘' }],
      });
      const refused = await limited.chat.completions
        .create({ model: 'test-chat', messages: [{ role: 'user', content: '셋' }] })
        .catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(OpenAI.RateLimitError);
      const retryAfter = Number(
        (refused as InstanceType<typeof OpenAI.RateLimitError>).headers.get('retry-after'),
      );
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);

      const tokenLimited = sdk(await newKey({ tokensPerMinute: 10 }));
      await tokenLimited.chat.completions.create({
        model: 'test-chat',
        messages: [{ role: 'user', content: '토큰을 많이 쓰는 긴 질문입니다' }],
      });
      await expect(
        tokenLimited.chat.completions.create({
          model: 'test-chat',
          messages: [{ role: 'user', content: '다음' }],
        }),
      ).rejects.toBeInstanceOf(OpenAI.RateLimitError);
    });
  });

  // The chat-model translation needs no DeepL and no other chat model registered (it would pick one), and the
  // slow 'sonar' endpoint must be the only one serving that model.
  describe('on a platform of its own', () => {
    beforeEach(startPlatform);
    afterEach(async () => {
      await platform.dispose();
    });

    it('translates with DeepL, and with a chat model when no DeepL is configured', async () => {
      const key = await newKey();
      const translate = (body: Record<string, unknown>) =>
        fetch(`${baseUrl}/v1/translations`, {
          method: 'POST',
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      const viaChat = (await (await translate({ text: '안녕하세요', target_lang: 'en' })).json()) as {
        model: string;
        translations: { text: string }[];
      };
      expect(viaChat.model).toBe('test-chat');
      expect(viaChat.translations[0]?.text).toContain('안녕하세요');
      expect(JSON.stringify(upstream.requests.at(-1)?.body)).toContain('영어');

      await endpoint({
        name: 'DeepL',
        baseUrl: deepl.url,
        apiKey: 'deepl-test-key',
        modelIds: ['deepl'],
        provider: 'deepl',
        location: 'external',
      });
      const viaDeepL = (await (
        await translate({ text: ['안녕하세요', '반갑습니다'], target_lang: 'ja', formality: 'more' })
      ).json()) as {
        model: string;
        translations: { text: string; detected_source_language: string }[];
        usage: { characters: number };
      };
      expect(viaDeepL.model).toBe('deepl');
      expect(viaDeepL.translations.map((entry) => entry.text)).toEqual([
        '[JA] 안녕하세요',
        '[JA] 반갑습니다',
      ]);
      expect(viaDeepL.usage.characters).toBe(10);
      expect(deepl.requests.at(-1)?.headers.authorization).toBe('DeepL-Auth-Key deepl-test-key');
    });

    it('answers 504 when a deployment exceeds its timeout', async () => {
      await endpoint({ name: '느린 서버', baseUrl: perplexity.url, modelIds: ['sonar'], timeoutSeconds: 1 });
      const failure = await sdk(await newKey())
        .chat.completions.create({
          model: 'sonar',
          messages: [{ role: 'user', content: '[[delay:3000]] 느림' }],
        })
        .catch((error: unknown) => error);
      expect((failure as InstanceType<typeof OpenAI.APIError>).status).toBe(504);
    });
  });
});
