import { z } from 'zod';
import type { Egress } from '../../../platform/egress.js';
import type { ProviderRerankRequest, ProviderRerankResult, ProviderSettings } from '../provider-spec.js';
import { upstreamErrors } from '../upstream-error.js';
import { bearerJsonHeaders, requestUpstreamJson } from './request-upstream-json.js';

/**
 * Which wire protocol the rerank server speaks: 'cohere' is Cohere's, also spoken by Jina, vLLM and
 * Infinity; 'tei' is Hugging Face text-embeddings-inference's native route.
 */
export type RerankStyle = 'cohere' | 'tei';

const cohereResponseSchema = z.object({
  results: z.array(z.object({ index: z.number().int().nonnegative(), relevance_score: z.number() })),
  // Jina and vLLM report tokens; Cohere reports search units in `meta` instead, which are not tokens.
  usage: z.object({ total_tokens: z.number() }).nullish(),
});

const teiResponseSchema = z.array(z.object({ index: z.number().int().nonnegative(), score: z.number() }));

/**
 * Scores `documents` against `query`. Cohere style: `POST {baseUrl}/rerank` with
 * `{model, query, documents, top_n}` (baseUrl like https://api.cohere.com/v2 or http://vllm:8000/v1).
 * TEI style: `POST {baseUrl}/rerank` with `{query, texts}` (baseUrl like http://tei:8080; TEI serves one
 * model, so `model` is not sent). Results come back best first with `topN` applied either way.
 */
export async function rerankDocuments(
  egress: Egress,
  settings: ProviderSettings,
  request: ProviderRerankRequest,
  signal?: AbortSignal,
  style: RerankStyle = 'cohere',
): Promise<ProviderRerankResult> {
  // Cohere and TEI both reject an empty document list; an empty ranking is the honest answer.
  if (request.documents.length === 0) return { results: [], usage: null };

  let scored: { index: number; score: number }[];
  let usage: ProviderRerankResult['usage'] = null;
  if (style === 'tei') {
    const response = await requestUpstreamJson(egress, settings, {
      method: 'POST',
      path: '/rerank',
      headers: bearerJsonHeaders(settings.apiKey),
      body: { query: request.query, texts: request.documents },
      schema: teiResponseSchema,
      signal,
    });
    scored = response;
  } else {
    const response = await requestUpstreamJson(egress, settings, {
      method: 'POST',
      path: '/rerank',
      headers: bearerJsonHeaders(settings.apiKey),
      body: {
        model: request.model,
        query: request.query,
        documents: request.documents,
        ...(request.topN === undefined ? {} : { top_n: request.topN }),
      },
      schema: cohereResponseSchema,
      signal,
    });
    scored = response.results.map((result) => ({ index: result.index, score: result.relevance_score }));
    if (response.usage !== null && response.usage !== undefined) {
      usage = { promptTokens: response.usage.total_tokens };
    }
  }

  if (scored.some((result) => result.index >= request.documents.length)) {
    throw upstreamErrors.failed(settings.name, 200, '재정렬 응답의 문서 번호가 올바르지 않습니다');
  }
  // Sorted here although servers usually sort too: TEI does not promise it and ties need a stable order.
  const results = [...scored].sort((left, right) => right.score - left.score || left.index - right.index);
  return {
    results: request.topN === undefined ? results : results.slice(0, Math.max(0, request.topN)),
    usage,
  };
}
