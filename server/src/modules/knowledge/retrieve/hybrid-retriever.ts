import { analyzeForIndex } from '../analyze/korean-analyzer.js';
import { indexedTextOf } from '../index/indexed-text.js';
import type { ChunkRepository, ChunkWithSource } from '../chunk-repository.js';
import type { CollectionRow } from '../collection-repository.js';
import type { ChunkIndexRepository } from '../index/chunk-index-repository.js';
import { candidateTermsOf, inverseDocumentFrequency, withoutCommonTerms } from './bm25-weights.js';
import { contentWordsOf, searchTermsOf, wordCoverage } from './query-words.js';
import { reciprocalRankFusion } from './reciprocal-rank-fusion.js';

export interface RetrievalHit {
  chunk: ChunkWithSource;
  lexical: number | null;
  lexicalRank: number | null;
  /** Share of the question's content words the chunk holds (0–1). */
  coverage: number;
  vector: number | null;
  vectorRank: number | null;
  fused: number;
  rerank: number | null;
}

export interface RetrievalResult {
  hits: RetrievalHit[];
  mode: 'lexical' | 'hybrid';
  vectorExactScan: boolean;
  reranked: boolean;
}

/** Model calls retrieval needs, done through the guarded gateway by the caller's identity. */
export interface RetrievalModels {
  /** A unit-length embedding of the query for a collection group's model. */
  embedQuery(model: string, query: string, sensitivity: 'normal' | 'internal'): Promise<number[]>;
  /** Scores for each passage (same order), or null when no rerank model is configured. */
  rerank(query: string, passages: string[], sensitivity: 'normal' | 'internal'): Promise<number[] | null>;
}

export interface RetrievalThresholds {
  /** A hit counts as relevant when it holds at least this share of the question's content words… */
  coverage: number;
  /**
   * …or a vector hit at least this cosine similarity. Null by default: what counts as similar differs from
   * model to model, so an operator sets it (KNOWLEDGE_MIN_SIMILARITY) for the model in use.
   */
  similarity: number | null;
}

export const defaultThresholds: RetrievalThresholds = { coverage: 0.34, similarity: null };

/** How many chunks the rarer query terms may select before the commoner ones stop adding candidates. */
const candidateBudget = 2_000;
const rerankDepth = 20;

/**
 * Korean-aware hybrid retrieval: BM25 over the analyzer's tokens and, for collections with an embedding
 * model, cosine similarity; fused by reciprocal rank; optionally reranked. Only chunks of `collections`
 * (already filtered to what the reader may read) are ever considered.
 */
export class HybridRetriever {
  constructor(
    private readonly index: ChunkIndexRepository,
    private readonly chunks: ChunkRepository,
  ) {}

  async retrieve(input: {
    collections: readonly CollectionRow[];
    query: string;
    limit: number;
    models: RetrievalModels;
    /** Skip the rerank model (the retrieval console can show the fused order alone). */
    rerank?: boolean;
    /** One side alone (the evaluation compares them); both by default. */
    only?: 'lexical' | 'vector';
  }): Promise<RetrievalResult> {
    const collectionIds = input.collections.map((collection) => collection.id);
    const depth = Math.max(50, input.limit * 5);
    const sensitivityOf = (collections: readonly CollectionRow[]) =>
      collections.some((collection) => collection.sensitivity === 'internal') ? 'internal' : 'normal';

    const lexical = input.only === 'vector' ? [] : await this.lexical(collectionIds, input.query, depth);

    const groups = new Map<string, CollectionRow[]>();
    for (const collection of input.collections) {
      if (collection.embeddingModel === null || input.only === 'lexical') continue;
      groups.set(collection.embeddingModel, [...(groups.get(collection.embeddingModel) ?? []), collection]);
    }
    const vectorHits: { chunkId: number; score: number }[] = [];
    let vectorExactScan = false;
    for (const [model, members] of groups) {
      const embedding = await input.models.embedQuery(model, input.query, sensitivityOf(members));
      const found = await this.index.vectorSearch({
        collectionIds: members.map((collection) => collection.id),
        embedding,
        limit: depth,
      });
      vectorExactScan ||= found.exact;
      vectorHits.push(...found.hits);
    }
    vectorHits.sort((left, right) => right.score - left.score);

    const lexicalRank = new Map(lexical.map((hit, index) => [hit.chunkId, index + 1]));
    const vectorRank = new Map(vectorHits.map((hit, index) => [hit.chunkId, index + 1]));
    const fused = reciprocalRankFusion([
      lexical.map((hit) => hit.chunkId),
      vectorHits.map((hit) => hit.chunkId),
    ]);
    let order = [...fused].sort((left, right) => right[1] - left[1] || left[0] - right[0]).map(([id]) => id);

    const details = await this.chunks.findInCollections(
      order.slice(0, Math.max(input.limit, rerankDepth)),
      collectionIds,
    );
    order = order.filter((id) => details.has(id));

    const rerankScores = new Map<number, number>();
    let reranked = false;
    if (input.rerank !== false && order.length > 1) {
      const head = order.slice(0, rerankDepth);
      const scores = await input.models.rerank(
        input.query,
        head.map((id) => details.get(id)?.text ?? ''),
        sensitivityOf(input.collections),
      );
      if (scores !== null) {
        reranked = true;
        head.forEach((id, index) => rerankScores.set(id, scores[index] ?? Number.NEGATIVE_INFINITY));
        head.sort((left, right) => (rerankScores.get(right) ?? 0) - (rerankScores.get(left) ?? 0));
        order = [...head, ...order.slice(rerankDepth)];
      }
    }

    const lexicalById = new Map(lexical.map((hit) => [hit.chunkId, hit]));
    const words = contentWordsOf(input.query);
    const vectorById = new Map(vectorHits.map((hit) => [hit.chunkId, hit.score]));
    const hits: RetrievalHit[] = [];
    for (const id of order.slice(0, input.limit)) {
      const chunk = details.get(id);
      if (chunk === undefined) continue;
      hits.push({
        chunk,
        lexical: lexicalById.get(id)?.score ?? null,
        lexicalRank: lexicalRank.get(id) ?? null,
        coverage: wordCoverage(words, new Set(analyzeForIndex(indexedTextOf(chunk.documentTitle, chunk)))),
        vector: vectorById.get(id) ?? null,
        vectorRank: vectorRank.get(id) ?? null,
        fused: fused.get(id) ?? 0,
        rerank: rerankScores.get(id) ?? null,
      });
    }
    return { hits, mode: groups.size > 0 ? 'hybrid' : 'lexical', vectorExactScan, reranked };
  }

  /** BM25 alone (the evaluation compares it with the hybrid). */
  async lexical(
    collectionIds: readonly string[],
    query: string,
    limit: number,
  ): Promise<{ chunkId: number; score: number }[]> {
    const terms = searchTermsOf(query);
    const words = contentWordsOf(query);
    if (terms.length === 0 || collectionIds.length === 0) return [];
    const statistics = await this.index.termStatistics(terms);
    const weighted = terms.map((term) => ({
      term,
      weight: inverseDocumentFrequency(statistics.frequencies.get(term) ?? 0, statistics.chunks),
    }));
    const search = (candidateTerms: string[], atLeastTwo: boolean) =>
      this.index.lexicalSearch({
        collectionIds,
        terms: weighted.filter((term) => (statistics.frequencies.get(term.term) ?? 0) > 0),
        candidateTerms,
        atLeastTwo,
        averageLength: statistics.averageLength,
        limit,
      });
    const representatives = withoutCommonTerms(
      candidateTermsOf(
        statistics.frequencies,
        words.length > 0 ? words : terms.map((term) => ({ forms: [term], pieces: [] })),
        Number.POSITIVE_INFINITY,
      ),
      statistics.frequencies,
      statistics.chunks,
      candidateBudget,
    );
    // Like a minimum-should-match of two: chunks holding two of the question's words are few and the ones
    // that matter; only when they are too few does a single word (the rarer ones) select candidates.
    if (representatives.length >= 2) {
      const strict = await search(representatives.slice(0, 6), true);
      if (strict.length >= Math.min(limit, 10)) return strict;
    }
    return search(
      candidateTermsOf(
        statistics.frequencies,
        words.length > 0 ? words : terms.map((term) => ({ forms: [term], pieces: [] })),
        candidateBudget,
      ),
      false,
    );
  }
}

/** Whether a hit is relevant enough to answer from (else the answer says the documents do not cover it). */
export function isRelevantHit(
  hit: RetrievalHit,
  thresholds: RetrievalThresholds = defaultThresholds,
): boolean {
  return (
    hit.coverage >= thresholds.coverage ||
    (thresholds.similarity !== null && hit.vector !== null && hit.vector >= thresholds.similarity)
  );
}
