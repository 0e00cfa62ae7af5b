import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../../platform/app-error.js';
import { logHijackedResponse } from '../../../platform/http/log-hijacked-response.js';
import type { Clock } from '../../../platform/clock.js';
import type { ApiKeyContext, ApiKeyService } from '../../api-keys/index.js';
import type { GatewayCallOptions } from '../gateway.js';
import { apiKeyCaller, type GuardedGateway } from '../../guard/index.js';
import type { ProviderUsage } from '../provider-spec.js';
import type { TranslationService } from '../translation-service.js';
import { ChunkWriter, completionBody, completionId, toProviderRequest } from './chat-completion-presenter.js';
import { appErrorToOpenAi, handleOpenAiError, openAiError } from './openai-error.js';
import {
  chatCompletionRequestSchema,
  embeddingRequestSchema,
  imageRequestSchema,
  rerankRequestSchema,
  translationRequestSchema,
} from './v1-schemas.js';

declare module 'fastify' {
  interface FastifyRequest {
    apiKey: ApiKeyContext | null;
  }
}

export interface V1Dependencies {
  gateway: GuardedGateway;
  translation: TranslationService;
  keys: ApiKeyService;
  clock: Clock;
  /** Other modules' /v1 routes, registered inside the same key check and OpenAI error shape. */
  extensions?: readonly ((v1: FastifyInstance) => void)[];
}

const tags = ['OpenAI 호환 API'];

/** The API key of a /v1 request (set by the key check every /v1 route runs behind). */
export function apiKeyOf(request: FastifyRequest): ApiKeyContext {
  if (request.apiKey === null) throw new AppError('unauthenticated', 401, '올바르지 않은 API 키입니다.');
  return request.apiKey;
}

/** Aborts the upstream call when the integrator's connection goes away. */
function disconnectSignal(reply: FastifyReply): AbortSignal {
  const controller = new AbortController();
  reply.raw.on('close', () => {
    if (!reply.raw.writableFinished) controller.abort();
  });
  return controller.signal;
}

function totalTokens(usage: ProviderUsage | null): number {
  return usage === null ? 0 : usage.promptTokens + usage.completionTokens;
}

/**
 * The OpenAI-compatible surface for other government systems: the same models, guard and limits as the
 * staff UI, spoken in the protocol their SDKs already use.
 */
export async function registerV1Routes(app: FastifyInstance, dependencies: V1Dependencies): Promise<void> {
  const { gateway, translation, keys, clock } = dependencies;
  await app.register(
    (v1, _options, done) => {
      v1.setErrorHandler(handleOpenAiError);
      v1.setNotFoundHandler((_request, reply) => {
        void reply.status(404).send(openAiError(404, '요청한 API 경로가 없습니다.', 'not_found'));
      });
      v1.decorateRequest('apiKey', null);
      v1.addHook('onRequest', (request, _reply, done) => {
        try {
          const cached = keys.authenticateCached(request.headers.authorization);
          if (cached !== undefined) {
            request.apiKey = cached;
            done();
            return;
          }
        } catch (error) {
          done(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        keys.authenticate(request.headers.authorization).then(
          (context) => {
            request.apiKey = context;
            done();
          },
          (error: unknown) => done(error instanceof Error ? error : new Error(String(error))),
        );
      });
      const routes = v1.withTypeProvider<ZodTypeProvider>();
      const options = (
        request: FastifyRequest,
        context: ApiKeyContext,
        signal?: AbortSignal,
      ): GatewayCallOptions => ({
        allowedModels: context.allowedModels,
        caller: apiKeyCaller(context, request.ip),
        ...(signal === undefined ? {} : { signal }),
      });

      routes.get(
        '/models',
        { schema: { tags, summary: '이 키로 쓸 수 있는 모델 목록' } },
        async (request) => {
          const context = apiKeyOf(request);
          const models = await gateway.listModels(context.allowedModels);
          return {
            object: 'list',
            data: models.map((model) => ({
              id: model.id,
              object: 'model',
              created: 0,
              owned_by: model.location === 'internal' ? 'jumugwan-internal' : 'jumugwan-external',
              capability: model.capability,
              location: model.location,
            })),
          };
        },
      );

      routes.post(
        '/chat/completions',
        { schema: { tags, summary: '대화 완성 (JSON 또는 SSE 스트림)', body: chatCompletionRequestSchema } },
        async (request, reply) => {
          const context = apiKeyOf(request);
          await keys.admit(context);
          const body = request.body;
          const providerRequest = toProviderRequest(body);
          const id = completionId();
          const created = Math.floor(clock.now().getTime() / 1000);
          if (body.stream !== true) {
            const { result } = await gateway.chat(
              providerRequest,
              options(request, context, disconnectSignal(reply)),
            );
            await keys.recordTokens(context, totalTokens(result.usage));
            return completionBody(id, created, body.model, result);
          }
          const signal = disconnectSignal(reply);
          // Routing and upstream errors before the first byte still answer as JSON with their status.
          const { parts } = await gateway.chatStream(providerRequest, options(request, context, signal));
          const writer = new ChunkWriter(id, created, body.model);
          const response = reply.raw;
          reply.hijack();
          logHijackedResponse(request, reply);
          response.writeHead(200, {
            'content-type': 'text/event-stream; charset=utf-8',
            'cache-control': 'no-cache, no-transform',
            connection: 'keep-alive',
            'x-accel-buffering': 'no',
          });
          // Each batch of parts is one write, and the socket stays corked until the microtasks of the
          // current network read have run: the headers leave with the first batch, and the last batch with
          // [DONE] and the end of the response, instead of a write (and a wake-up of the client) apiece.
          let corked = false;
          const uncork = () => {
            corked = false;
            response.uncork();
          };
          const write = (frames: string) => {
            if (!corked) {
              corked = true;
              response.cork();
              process.nextTick(uncork);
            }
            response.write(frames);
          };
          write(writer.chunk({ role: 'assistant', content: '' }));
          let usage: ProviderUsage | null = null;
          let finished = false;
          try {
            for await (const batch of parts) {
              if (response.destroyed) break;
              let frames = '';
              for (const part of batch) {
                switch (part.type) {
                  case 'text-delta':
                    frames += writer.content(part.text);
                    break;
                  case 'tool-call-delta':
                    frames += writer.chunk({
                      tool_calls: [
                        {
                          index: part.index,
                          ...(part.id === undefined ? {} : { id: part.id, type: 'function' }),
                          function: {
                            ...(part.name === undefined ? {} : { name: part.name }),
                            arguments: part.argumentsDelta,
                          },
                        },
                      ],
                    });
                    break;
                  case 'citations':
                    frames += writer.extra({ citations: part.urls });
                    break;
                  case 'finish':
                    finished = true;
                    frames += writer.chunk({}, part.reason ?? 'stop');
                    break;
                  case 'usage':
                    usage = part.usage;
                    break;
                  case 'guard-notice':
                    // The OpenAI protocol has no place for notices; a block ends as `content_filter`.
                    break;
                }
              }
              if (frames !== '') write(frames);
            }
            if (!response.destroyed) {
              let frames = finished ? '' : writer.chunk({}, 'stop');
              if (body.stream_options?.include_usage === true && usage !== null)
                frames += writer.usage(usage);
              write(`${frames}data: [DONE]\n\n`);
            }
          } catch (error) {
            if (!response.destroyed && !signal.aborted) {
              const failure =
                error instanceof AppError
                  ? appErrorToOpenAi(error).body
                  : openAiError(502, '모델 응답을 처리하지 못했습니다.', 'upstream_error');
              response.write(`data: ${JSON.stringify(failure)}\n\n`);
            }
          } finally {
            response.end();
            await keys.recordTokens(context, totalTokens(usage));
          }
          return reply;
        },
      );

      routes.post(
        '/embeddings',
        { schema: { tags, summary: '임베딩', body: embeddingRequestSchema } },
        async (request, reply) => {
          const context = apiKeyOf(request);
          await keys.admit(context);
          const body = request.body;
          const input = typeof body.input === 'string' ? [body.input] : body.input;
          const { result } = await gateway.embed(
            {
              model: body.model,
              input,
              ...(body.dimensions === undefined ? {} : { dimensions: body.dimensions }),
            },
            options(request, context, disconnectSignal(reply)),
          );
          const promptTokens = result.usage?.promptTokens ?? 0;
          await keys.recordTokens(context, promptTokens);
          return {
            object: 'list',
            model: body.model,
            data: result.embeddings.map((embedding, index) => ({
              object: 'embedding',
              index,
              // The official SDKs ask for base64 by default: little-endian float32, as OpenAI sends it.
              embedding:
                body.encoding_format === 'base64'
                  ? Buffer.from(new Float32Array(embedding).buffer).toString('base64')
                  : embedding,
            })),
            usage: { prompt_tokens: promptTokens, total_tokens: promptTokens },
          };
        },
      );

      routes.post(
        '/images/generations',
        { schema: { tags, summary: '이미지 생성', body: imageRequestSchema } },
        async (request, reply) => {
          const context = apiKeyOf(request);
          await keys.admit(context);
          const body = request.body;
          const { result } = await gateway.generateImage(
            {
              model: body.model,
              prompt: body.prompt,
              count: body.n ?? 1,
              ...(body.size === null || body.size === undefined ? {} : { size: body.size }),
              ...(body.quality === null || body.quality === undefined ? {} : { quality: body.quality }),
              responseFormat: body.response_format ?? 'b64_json',
            },
            options(request, context, disconnectSignal(reply)),
          );
          return {
            created: Math.floor(clock.now().getTime() / 1000),
            data: result.images.map((image) => ({
              ...(image.base64 === undefined ? {} : { b64_json: image.base64 }),
              ...(image.url === undefined ? {} : { url: image.url }),
              ...(image.revisedPrompt === undefined ? {} : { revised_prompt: image.revisedPrompt }),
            })),
          };
        },
      );

      routes.post(
        '/rerank',
        { schema: { tags, summary: '문서 재순위화', body: rerankRequestSchema } },
        async (request, reply) => {
          const context = apiKeyOf(request);
          await keys.admit(context);
          const body = request.body;
          const documents = body.documents.map((document) =>
            typeof document === 'string' ? document : document.text,
          );
          const { result } = await gateway.rerank(
            {
              model: body.model,
              query: body.query,
              documents,
              ...(body.top_n === undefined ? {} : { topN: body.top_n }),
            },
            options(request, context, disconnectSignal(reply)),
          );
          await keys.recordTokens(context, result.usage?.promptTokens ?? 0);
          return {
            id: `rerank-${completionId().slice(9)}`,
            model: body.model,
            results: result.results.map((entry) => ({
              index: entry.index,
              relevance_score: entry.score,
              ...(body.return_documents === true ? { document: { text: documents[entry.index] ?? '' } } : {}),
            })),
            usage: { total_tokens: result.usage?.promptTokens ?? 0 },
          };
        },
      );

      routes.post(
        '/translations',
        { schema: { tags, summary: '번역 (DeepL 또는 대화 모델)', body: translationRequestSchema } },
        async (request, reply) => {
          const context = apiKeyOf(request);
          await keys.admit(context);
          const body = request.body;
          const model = body.model ?? (await translation.defaultModel(context.allowedModels));
          const texts = typeof body.text === 'string' ? [body.text] : body.text;
          const { result, served } = await translation.translate(
            {
              model,
              texts,
              targetLanguage: body.target_lang,
              ...(body.source_lang === undefined ? {} : { sourceLanguage: body.source_lang }),
              ...(body.formality === undefined ? {} : { formality: body.formality }),
              ...(body.glossary_id === undefined ? {} : { glossaryId: body.glossary_id }),
            },
            options(request, context, disconnectSignal(reply)),
          );
          return {
            object: 'translation',
            model: served.modelId,
            translations: result.translations.map((entry) => ({
              text: entry.text,
              detected_source_language: entry.detectedSourceLanguage,
            })),
            usage: { characters: result.billedCharacters },
          };
        },
      );
      for (const extend of dependencies.extensions ?? []) extend(v1);
      done();
    },
    { prefix: '/v1' },
  );
}
