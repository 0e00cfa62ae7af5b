import { z } from 'zod';
import type { Egress } from '../../../platform/egress.js';
import type {
  ProviderEmbeddingRequest,
  ProviderEmbeddingResult,
  ProviderSettings,
} from '../provider-spec.js';
import { upstreamErrors } from '../upstream-error.js';
import { bearerJsonHeaders, requestUpstreamJson } from './request-upstream-json.js';

const embeddingResponseSchema = z.object({
  data: z.array(z.object({ index: z.number().int().nonnegative(), embedding: z.array(z.number()) })),
  // Some servers (older Ollama builds, TEI behind proxies) leave usage out.
  usage: z.object({ prompt_tokens: z.number() }).nullish(),
});

/**
 * `POST {baseUrl}/embeddings` in the OpenAI shape, which OpenAI, vLLM, Ollama and TEI's OpenAI route all
 * answer. `baseUrl` includes the version path, e.g. http://vllm:8000/v1.
 */
export async function createEmbeddings(
  egress: Egress,
  settings: ProviderSettings,
  request: ProviderEmbeddingRequest,
  signal?: AbortSignal,
): Promise<ProviderEmbeddingResult> {
  // Servers reject an empty input list; nothing to embed is not an upstream error.
  if (request.input.length === 0) return { embeddings: [], usage: { promptTokens: 0 } };

  const response = await requestUpstreamJson(egress, settings, {
    method: 'POST',
    path: '/embeddings',
    headers: bearerJsonHeaders(settings.apiKey),
    body: {
      model: request.model,
      input: request.input,
      ...(request.dimensions === undefined ? {} : { dimensions: request.dimensions }),
      // Explicit, because some clients default to base64 and the vector must come back as numbers.
      encoding_format: 'float',
    },
    schema: embeddingResponseSchema,
    signal,
  });

  // The protocol does not promise `data` in input order; `index` is what ties a vector to its text.
  const embeddings: (number[] | undefined)[] = Array.from({ length: request.input.length }, () => undefined);
  for (const item of response.data) {
    if (item.index >= embeddings.length || embeddings[item.index] !== undefined) {
      throw upstreamErrors.failed(settings.name, 200, '임베딩 응답의 순서 번호가 올바르지 않습니다');
    }
    embeddings[item.index] = item.embedding;
  }
  const complete = embeddings.filter((embedding) => embedding !== undefined);
  if (complete.length !== request.input.length) {
    throw upstreamErrors.failed(settings.name, 200, '임베딩 응답의 개수가 입력과 다릅니다');
  }
  return {
    embeddings: complete,
    usage:
      response.usage === null || response.usage === undefined
        ? null
        : { promptTokens: response.usage.prompt_tokens },
  };
}
