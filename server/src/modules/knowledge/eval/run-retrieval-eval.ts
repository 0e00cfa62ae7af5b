/**
 * `npm run eval:retrieval`: ingests the evaluation corpus through the real pipeline (parser, chunker,
 * analyzer, index) into an in-memory platform and prints recall@5, MRR@10 and nDCG@10 for lexical, and —
 * when an embedding server is configured — vector and hybrid retrieval; then how often the relevance
 * threshold lets answers through for answerable and unanswerable questions.
 *
 * Embeddings: EVAL_EMBEDDING_BASE_URL (OpenAI-compatible, e.g. http://gpu-server:8000/v1),
 * EVAL_EMBEDDING_MODEL and optionally EVAL_EMBEDDING_API_KEY. `--toy-embeddings` uses the project's test
 * upstream instead, whose vectors are hashed syllable counts (no semantics): it exercises the hybrid path,
 * it does not measure a real model.
 */
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../../../config/index.js';
import { createPlatform } from '../../../create-platform.js';
import { migratedPgliteTemplate } from '../../../platform/database/index.js';
import { staffCaller } from '../../guard/index.js';
import { startTestUpstream, type TestUpstream } from '../../../test/upstream/index.js';
import { isRelevantHit } from '../retrieve/hybrid-retriever.js';
import { isRelevant, loadRetrievalEvalSet, type EvalQuestion } from './retrieval-eval-set.js';
import { meanOf, ndcgAtK, recallAtK, reciprocalRankAtK } from './retrieval-metrics.js';

type Mode = 'lexical' | 'vector' | 'hybrid';

interface Row {
  mode: Mode;
  kind: string;
  recall5: number;
  mrr10: number;
  ndcg10: number;
  questions: number;
}

async function main(): Promise<void> {
  const toy = process.argv.includes('--toy-embeddings');
  const set = await loadRetrievalEvalSet();
  let upstream: TestUpstream | null = null;
  let embedding: { baseUrl: string; model: string; apiKey?: string } | null = null;
  if (toy) {
    upstream = await startTestUpstream({ models: ['eval-chat'], embeddingModels: ['toy-embed'] });
    embedding = { baseUrl: upstream.url, model: 'toy-embed' };
  } else if (
    process.env.EVAL_EMBEDDING_BASE_URL !== undefined &&
    process.env.EVAL_EMBEDDING_MODEL !== undefined
  ) {
    embedding = {
      baseUrl: process.env.EVAL_EMBEDDING_BASE_URL,
      model: process.env.EVAL_EMBEDDING_MODEL,
      ...(process.env.EVAL_EMBEDDING_API_KEY === undefined
        ? {}
        : { apiKey: process.env.EVAL_EMBEDDING_API_KEY }),
    };
  }

  const config = loadConfig({
    yamlPath: '/nonexistent/jumugwan.yaml',
    environment: {
      DATA_DIR: `/tmp/jumugwan-eval-${randomBytes(4).toString('hex')}`,
      SECRET_KEY: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'silent',
      KNOWLEDGE_WORKERS: '0',
    },
  });
  const platform = await createPlatform({
    config,
    logger: false,
    pgliteDirectory: 'memory://',
    pgliteTemplate: await migratedPgliteTemplate(),
    webDistDirectory: null,
  });
  try {
    const admin = await platform.auth.createLocalAdmin({
      username: 'eval',
      name: '평가',
      password: randomBytes(12).toString('hex'),
    });
    const reader = await platform.knowledge.readerOfUser(admin);
    if (reader.kind !== 'user') throw new Error('unreachable');
    const caller = staffCaller(admin, null, 'knowledge');
    if (embedding !== null) {
      await platform.models.createEndpoint({
        name: '평가용 임베딩',
        baseUrl: embedding.baseUrl,
        modelIds: [embedding.model],
        location: 'internal',
        ...(embedding.apiKey === undefined ? {} : { apiKey: embedding.apiKey }),
      });
      await platform.models.saveModelSettings(embedding.model, { capability: 'embedding', fallbacks: [] });
    }
    const collection = await platform.knowledge.createCollection(reader, caller, {
      name: '평가 말뭉치',
      description: '',
      scope: 'personal',
      includeSubdepartments: false,
      sensitivity: 'internal',
      embeddingModel: embedding?.model ?? null,
    });
    const started = performance.now();
    await platform.knowledge.upload(
      reader,
      collection.id,
      set.documents.map((document) => ({ fileName: document.fileName, bytes: Buffer.from(document.text) })),
    );
    await platform.ingestion.drain();
    const ingestSeconds = (performance.now() - started) / 1000;
    const documents = await platform.knowledge.listDocuments(reader, collection.id);
    const failed = documents.filter((document) => document.status !== 'ready');
    if (failed.length > 0)
      throw new Error(`documents not indexed: ${failed.map((document) => document.fileName).join(', ')}`);
    const chunks = documents.reduce((sum, document) => sum + document.chunkCount, 0);
    console.log(
      `말뭉치: 문서 ${String(documents.length)}개, 조각 ${String(chunks)}개, 색인 ${ingestSeconds.toFixed(1)}초` +
        (embedding === null ? '' : ` (임베딩 포함: ${embedding.model}${toy ? ', 장난감 임베딩' : ''})`),
    );
    console.log(
      `질문: 답 있는 질문 ${String(set.questions.length)}개, 답 없는 질문 ${String(set.unanswerable.length)}개\n`,
    );

    const modes: Mode[] = embedding === null ? ['lexical'] : ['lexical', 'vector', 'hybrid'];
    const rows: Row[] = [];
    const misses: string[] = [];
    for (const mode of modes) {
      const perQuestion: { question: EvalQuestion; relevance: boolean[] }[] = [];
      for (const question of set.questions) {
        const result = await platform.knowledge.retrieve(reader, caller, {
          query: question.question,
          collectionIds: [collection.id],
          limit: 10,
          ...(mode === 'hybrid' ? {} : { only: mode }),
        });
        const relevance = result.hits.map((hit) =>
          isRelevant(question, { documentFileName: hit.chunk.fileName, text: hit.chunk.text }),
        );
        // Only the first passage holding the gold span counts (overlapping chunks would count twice).
        const first = relevance.indexOf(true);
        perQuestion.push({ question, relevance: relevance.map((value, index) => value && index === first) });
        if (mode === modes[modes.length - 1] && (first === -1 || first >= 5)) {
          misses.push(
            `  ${question.id} [${mode}] ${question.question} → ${first === -1 ? '10위 밖' : `${String(first + 1)}위`}`,
          );
        }
      }
      for (const kind of ['statute', 'manual', 'other', 'all']) {
        const subset = perQuestion.filter((entry) => kind === 'all' || entry.question.kind === kind);
        rows.push({
          mode,
          kind,
          questions: subset.length,
          recall5: meanOf(subset.map((entry) => recallAtK(entry.relevance, 5))),
          mrr10: meanOf(subset.map((entry) => reciprocalRankAtK(entry.relevance, 10))),
          ndcg10: meanOf(subset.map((entry) => ndcgAtK(entry.relevance, 10))),
        });
      }
    }
    console.log('mode     kind      questions  recall@5  MRR@10  nDCG@10');
    for (const row of rows) {
      console.log(
        `${row.mode.padEnd(8)} ${row.kind.padEnd(9)} ${String(row.questions).padStart(9)}  ${row.recall5.toFixed(3).padStart(8)}  ${row.mrr10.toFixed(3).padStart(6)}  ${row.ndcg10.toFixed(3).padStart(7)}`,
      );
    }
    if (misses.length > 0)
      console.log(`\nrecall@5를 놓친 질문 (${modes[modes.length - 1] ?? ''}):\n${misses.join('\n')}`);

    // The refusal threshold: how often a grounded answer would go ahead (some passage judged relevant).
    const covered = async (query: string) => {
      const result = await platform.knowledge.retrieve(reader, caller, {
        query,
        collectionIds: [collection.id],
        limit: 6,
      });
      return result.hits.some((hit) => isRelevantHit(hit));
    };
    let answerableCovered = 0;
    for (const question of set.questions) if (await covered(question.question)) answerableCovered += 1;
    let unanswerableCovered = 0;
    const leaks: string[] = [];
    for (const question of set.unanswerable) {
      if (await covered(question.question)) {
        unanswerableCovered += 1;
        leaks.push(`  ${question.id} ${question.question}`);
      }
    }
    console.log(
      `\n근거 판정: 답 있는 질문 ${String(answerableCovered)}/${String(set.questions.length)} 통과, ` +
        `답 없는 질문 ${String(unanswerableCovered)}/${String(set.unanswerable.length)} 통과(낮을수록 좋음)`,
    );
    if (leaks.length > 0) console.log(`근거가 있다고 잘못 판정한 답 없는 질문:\n${leaks.join('\n')}`);
  } finally {
    await platform.close(0);
    await upstream?.close();
  }
}

await main();
