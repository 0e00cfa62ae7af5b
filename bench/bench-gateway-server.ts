import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../server/src/config/index.js';
import { createPlatform } from '../server/src/create-platform.js';
import { systemCaller } from '../server/src/modules/guard/index.js';
import { createScratchDatabase } from '../server/src/test/scratch-postgres-database.js';
import { bannedWordList } from './banned-word-list.js';

/**
 * The platform for benchmarks, in its own process, configured as in production (JSON request logs on
 * stdout, which the benchmark sends to /dev/null) with an API key with a model list and per-minute limits.
 * `guard`: the model is an outside one, so every request is scanned for PII (masked under the default
 * policy) and for a 3,000-word 금칙어 list on the way in, and the answer is checked on the way out.
 * `idle`: an on-prem model under the default allow policy and no list, which the guard lets pass untouched.
 * `unmetered`: `idle` with the meter left out of the pipeline (no usage events), the baseline for metering's cost.
 * `metered`: `idle` plus budgets (institution, department and key pools), so every call is reserved and
 * settled in the database; `guard` has them too. Every mode has a price, so every call is costed and recorded.
 * Its address and key go to stderr. BENCH_DATABASE_URL=postgres://… puts the platform on PostgreSQL instead of
 * PGlite, in a fresh database of that server (dropped when the process ends).
 */
const upstreamUrl = process.argv[2];
const mode = process.argv[3] ?? 'guard';
if (upstreamUrl === undefined || !['guard', 'idle', 'metered', 'unmetered'].includes(mode))
  throw new Error('usage: bench-gateway-server <upstream-url> [guard|idle|metered|unmetered]');
// `unmetered` is `idle` without the meter in the pipeline: the baseline that metering's cost is measured from.
const guardMode = mode === 'unmetered' ? 'idle' : mode;
const benchDatabaseUrl = process.env.BENCH_DATABASE_URL ?? '';
const benchDatabase =
  benchDatabaseUrl === '' ? null : await createScratchDatabase(benchDatabaseUrl, 'jumugwan_bench');
// PGlite keeps its files here as `npm start` does in ./data (not in memory: its in-memory file system copies a
// growing file on every extension, a cost a real installation does not have). Removed when the process ends.
const dataDirectory = `/tmp/jumugwan-bench-${randomBytes(4).toString('hex')}`;
const config = loadConfig({
  yamlPath: '/nonexistent/jumugwan.yaml',
  environment: {
    DATA_DIR: dataDirectory,
    SECRET_KEY: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'info',
    ...(process.env.REDIS_URL === undefined ? {} : { REDIS_URL: process.env.REDIS_URL }),
    ...(benchDatabase === null ? {} : { DATABASE_URL: benchDatabase.url }),
  },
});
const platform = await createPlatform({
  config,
  logger: true,
  webDistDirectory: null,
  meterModelCalls: mode !== 'unmetered',
});
await platform.org.importDepartments(Buffer.from('부서코드,부서명\nBENCH,성능측정팀\n'));
const department = (await platform.org.listDepartments())[0];
if (department === undefined) throw new Error('no department');
const admin = await platform.auth.createLocalAdmin({
  username: 'bench',
  name: '측정',
  password: 'bench-password-123',
});
await platform.models.createEndpoint({
  name: 'bench',
  baseUrl: upstreamUrl,
  modelIds: ['bench-chat'],
  location: guardMode === 'guard' ? 'external' : 'internal',
});
if (guardMode === 'guard') {
  const actor = { ...systemCaller, label: '측정' };
  const words = bannedWordList();
  await platform.guard.createBannedWordList(actor, {
    name: '차단',
    action: 'block',
    enabled: true,
    words: words.slice(0, 1_500),
  });
  await platform.guard.createBannedWordList(actor, {
    name: '경고',
    action: 'warn',
    enabled: true,
    words: words.slice(1_500),
  });
}
await platform.app.inject({ method: 'GET', url: '/api/health' });
await platform.database.db
  .execute(sql`insert into model_prices (model_id, effective_from, input_per_million_tokens,
  output_per_million_tokens, per_thousand_characters, per_image, per_request)
  values ('bench-chat', '2020-01-01', 3500, 14000, 0, 0, 0)`);
const created = await platform.apiKeys.create(
  {
    name: 'bench',
    departmentId: department.id,
    allowedModels: ['bench-chat'],
    expiresAt: null,
    requestsPerMinute: 1_000_000,
    tokensPerMinute: 100_000_000,
  },
  admin.id,
);
if (guardMode !== 'idle') {
  // Pools large enough never to run out during the run: each call still reserves and settles against all three.
  const keyId = (await platform.apiKeys.list())[0]?.id ?? null;
  for (const budget of [
    { name: '기관', scope: 'institution' as const, departmentId: null, apiKeyId: null },
    { name: '부서', scope: 'department' as const, departmentId: department.id, apiKeyId: null },
    { name: '키', scope: 'api_key' as const, departmentId: null, apiKeyId: keyId },
  ]) {
    await platform.database.db
      .execute(sql`insert into budgets (institution_id, name, scope, department_id, api_key_id,
      unit, amount, period) select id, ${budget.name}, ${budget.scope}, ${budget.departmentId}::uuid,
      ${budget.apiKeyId}::uuid, 'krw', 1000000000000, 'month' from institutions limit 1`);
  }
}
await platform.meteringPolicy.reload();
await platform.app.listen({ port: 0, host: '127.0.0.1' });
const address = platform.app.server.address();
if (address === null || typeof address === 'string') throw new Error('no address');
process.stderr.write(
  `${JSON.stringify({ url: `http://127.0.0.1:${address.port}/v1`, key: created.key, pid: process.pid })}\n`,
);
// BENCH_PROFILE=<file>: CPU profile from SIGUSR2 (after warm-up) until SIGTERM, for finding hot spots.
const profilePath = process.env.BENCH_PROFILE;
let stopProfile: () => Promise<void> = () => Promise.resolve();
if (profilePath !== undefined) {
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  process.on('SIGUSR2', () => {
    void session.post('Profiler.enable').then(() => session.post('Profiler.start'));
  });
  stopProfile = async () => {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(profilePath, JSON.stringify(profile));
  };
}
process.on('SIGTERM', () => {
  void stopProfile()
    .catch(() => undefined)
    .then(() => platform.close(0))
    .then(() => benchDatabase?.drop())
    .then(() => rmSync(dataDirectory, { recursive: true, force: true }))
    .then(() => process.exit(0));
});
