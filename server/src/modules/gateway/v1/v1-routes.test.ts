import OpenAI from 'openai';
import { Agent } from 'undici';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestPlatform, signInAsAdmin, type TestPlatform } from '../../../test/test-platform.js';
import { startTestUpstream, type TestUpstream } from '../../../test/upstream/index.js';

describe('/v1 through the official openai SDK', () => {
  let upstream: TestUpstream;
  let platform: TestPlatform;
  let baseUrl: string;
  let key: string;
  let keyId: string;
  let client: OpenAI;
  // The SDK's requests go through an undici Agent of the test's own: Node 20's built-in dispatcher opens a
  // spare socket after an aborted stream, which holds the platform's close until its keep-alive timer (4 s).
  let dispatcher: Agent;

  beforeAll(async () => {
    upstream = await startTestUpstream({ models: ['test-chat', 'test-chat-2'] });
    dispatcher = new Agent();
  });
  afterAll(async () => {
    await upstream.close();
    await dispatcher.close();
  });

  beforeEach(async () => {
    platform = await createTestPlatform({ environment: { BODY_LIMIT_BYTES: '65536' } });
    await platform.org.importDepartments(Buffer.from('부서코드,부서명\nD100,민원여권과\n'));
    const department = (await platform.org.listDepartments())[0];
    if (department === undefined) throw new Error('no department');
    await platform.models.createEndpoint({
      name: '내부 vLLM',
      baseUrl: upstream.url,
      modelIds: ['test-chat', 'test-chat-2', 'test-embed', 'test-image', 'test-rerank'],
      location: 'internal',
    });
    await platform.models.saveModelSettings('test-embed', { capability: 'embedding', fallbacks: [] });
    await platform.models.saveModelSettings('test-image', { capability: 'image', fallbacks: [] });
    await platform.models.saveModelSettings('test-rerank', { capability: 'rerank', fallbacks: [] });
    const admin = await signInAsAdmin(platform);
    const created = await platform.apiKeys.create(
      {
        name: '민원 챗봇',
        departmentId: department.id,
        allowedModels: ['test-chat', 'test-embed', 'test-image', 'test-rerank'],
        expiresAt: null,
        requestsPerMinute: null,
        tokensPerMinute: null,
      },
      admin.userId,
    );
    key = created.key;
    keyId = created.apiKey.id;
    await platform.app.listen({ port: 0, host: '127.0.0.1' });
    const address = platform.app.server.address();
    if (address === null || typeof address === 'string') throw new Error('no address');
    baseUrl = `http://127.0.0.1:${address.port}`;
    client = new OpenAI({
      apiKey: key,
      baseURL: `${baseUrl}/v1`,
      maxRetries: 0,
      // undici's Agent works as Node's own fetch's dispatcher; their types differ only in the FormData class.
      fetchOptions: { dispatcher: dispatcher as unknown as NonNullable<RequestInit['dispatcher']> },
    });
    upstream.reset();
  });
  afterEach(async () => {
    await platform.dispose();
  });

  it('answers a chat completion', async () => {
    const completion = await client.chat.completions.create({
      model: 'test-chat',
      messages: [
        { role: 'system', content: '공손하게 답하세요.' },
        { role: 'user', content: '여권 재발급 서류는?' },
      ],
      max_completion_tokens: 200,
    });
    expect(completion.object).toBe('chat.completion');
    expect(completion.choices[0]?.message.content).toContain('여권 재발급 서류는?');
    expect(completion.choices[0]?.finish_reason).toBe('stop');
    expect(completion.usage?.total_tokens).toBeGreaterThan(0);
    expect(upstream.requests.at(-1)?.body).toMatchObject({ model: 'test-chat', max_tokens: 200 });
  });

  it('streams chunks as they arrive, with usage at the end', async () => {
    const stream = await client.chat.completions.create({
      model: 'test-chat',
      messages: [{ role: 'user', content: '[[chunks:20]] 스트리밍' }],
      stream: true,
      stream_options: { include_usage: true },
    });
    const contents: string[] = [];
    let usage: OpenAI.CompletionUsage | undefined;
    let finish: string | null | undefined;
    for await (const chunk of stream) {
      const choice = chunk.choices[0];
      if (choice?.delta.content !== undefined && choice.delta.content !== null && choice.delta.content !== '')
        contents.push(choice.delta.content);
      if (choice?.finish_reason !== null && choice?.finish_reason !== undefined)
        finish = choice.finish_reason;
      if (chunk.usage !== undefined && chunk.usage !== null) usage = chunk.usage;
    }
    expect(contents).toHaveLength(20);
    expect(finish).toBe('stop');
    expect(usage?.completion_tokens).toBe(20);

    const json = await client.chat.completions.create({
      model: 'test-chat',
      messages: [{ role: 'user', content: '[[chunks:20]] 스트리밍' }],
    });
    expect(json.usage?.completion_tokens).toBe(usage?.completion_tokens);
    expect(json.usage?.prompt_tokens).toBe(usage?.prompt_tokens);
  });

  it('lists only the models the key may use', async () => {
    const models = await client.models.list();
    const ids = models.data.map((model) => model.id).sort();
    expect(ids).toEqual(['test-chat', 'test-embed', 'test-image', 'test-rerank']);
  });

  it('raises the SDK errors integrators expect', async () => {
    const badKey = new OpenAI({ apiKey: 'jmg_wrong', baseURL: `${baseUrl}/v1`, maxRetries: 0 });
    await expect(badKey.models.list()).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
    await expect(
      client.chat.completions.create({ model: 'test-chat-2', messages: [{ role: 'user', content: 'x' }] }),
    ).rejects.toBeInstanceOf(OpenAI.PermissionDeniedError);
    await expect(
      client.chat.completions.create({ model: 'nope', messages: [{ role: 'user', content: 'x' }] }),
    ).rejects.toBeInstanceOf(OpenAI.NotFoundError);
    await expect(client.chat.completions.create({ model: 'test-chat', messages: [] })).rejects.toBeInstanceOf(
      OpenAI.BadRequestError,
    );
    const upstreamFailure = await client.chat.completions
      .create({ model: 'test-chat', messages: [{ role: 'user', content: '[[status:500]] 실패' }] })
      .catch((error: unknown) => error);
    expect(upstreamFailure).toBeInstanceOf(OpenAI.APIError);
    expect((upstreamFailure as InstanceType<typeof OpenAI.APIError>).status).toBe(502);

    const large = await fetch(`${baseUrl}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        model: 'test-chat',
        messages: [{ role: 'user', content: '가'.repeat(70_000) }],
      }),
    });
    expect(large.status).toBe(413);
    expect(await large.json()).toMatchObject({
      error: { code: 'payload_too_large', type: 'invalid_request_error' },
    });
  });

  it('revokes a key at once', async () => {
    await client.models.list();
    await platform.apiKeys.revoke(keyId);
    const error = await client.models.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.AuthenticationError);
    expect((error as InstanceType<typeof OpenAI.AuthenticationError>).message).toContain('폐기된');
  });

  it('cancels the upstream request when the integrator disconnects', async () => {
    const controller = new AbortController();
    const stream = await client.chat.completions.create(
      {
        model: 'test-chat',
        messages: [{ role: 'user', content: '[[chunks:200]] [[chunk-delay:20]] 긴 답' }],
        stream: true,
      },
      { signal: controller.signal },
    );
    let seen = 0;
    await (async () => {
      for await (const _chunk of stream) {
        seen += 1;
        if (seen === 3) controller.abort();
      }
    })().catch(() => undefined);
    await expect.poll(() => upstream.requests.at(-1)?.aborted, { timeout: 5_000 }).toBe(true);
  });
});
