import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { selectRows } from '../server/src/test/select-rows.js';
import { LocalInvalidationBus } from '../server/src/platform/invalidation-bus.js';
import { openDatabase } from '../server/src/platform/database/index.js';
import { OrgRepository } from '../server/src/modules/org/index.js';
import {
  BudgetRepository,
  DirectoryRepository,
  MeteringAdminService,
  MeteringPolicy,
  PlanRepository,
  PriceRepository,
  UsageDashboardService,
  UsageQueryRepository,
  UsageReportExporter,
  UsageReportRepository,
} from '../server/src/modules/metering/index.js';

/**
 * npm run bench:metering — seeds 1,000,000 usage events (3 months, 2,000 people in 40 departments, 6 models,
 * 8 purposes, a few API keys) with their rollups, then times the dashboard queries and the monthly reports.
 * PGlite in memory by default; set DATABASE_URL to run against PostgreSQL (it uses that database).
 */
const eventCount = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const runs = 5;
const clock = { now: () => new Date('2026-11-30T03:00:00Z') };

const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, pgliteDirectory: 'memory://' });
const { db } = database;
const org = new OrgRepository(db);
const institution = await org.ensureInstitution('BENCH', '벤치시');

console.log(`seeding ${eventCount.toLocaleString('en')} usage events on ${database.kind} ...`);
const seedStarted = performance.now();
await db.execute(sql`insert into departments (institution_id, code, name, kind)
  select ${institution.id}::uuid, 'D' || n, '부서' || n, 'division' from generate_series(1, 40) n
  on conflict do nothing`);
await db.execute(sql`insert into users (institution_id, employee_number, name, department_id, source)
  select ${institution.id}::uuid, 'E' || n, '직원' || n,
    (select id from departments where code = 'D' || (1 + n % 40) and institution_id = ${institution.id}::uuid), 'import'
  from generate_series(1, 2000) n on conflict do nothing`);
await db.execute(sql`delete from usage_events`);
await db.execute(sql`delete from usage_daily`);
await db.execute(sql`delete from usage_monthly_subjects`);
/** A stable pseudo-random non-negative integer per event number `n` and attribute (`salt`), as SQL. */
const draw = (salt: number) => sql.raw(`abs(hashint8(n * 16 + ${String(salt)}) % 1000003)`);
// Who, which model, which purpose and how many tokens are drawn independently for each event (hashes of its
// number, so every run seeds the same data): nearly every department × model × purpose × billing combination
// appears every day and every person × model × purpose one every month, so the rollups the dashboards read are
// as large as this population can make them (real use is more concentrated, hence smaller).
await db.execute(sql`insert into usage_events (occurred_at, day, user_id, department_id, channel, capability,
    requested_model, model_id, prompt_tokens, completion_tokens, requests, latency_ms, status, purpose, billing,
    cost_micro_won)
  select t, (t + interval '9 hours')::date, u.id, u.department_id, 'chat', 'chat', m, m, p, c, 1, 800,
    case when ${draw(5)} % 97 = 0 then 'error' else 'ok' end,
    (array['ideas','research','documents','summary','translation','data_analysis','coding','other'])[1 + ${draw(3)} % 8],
    case when ${draw(4)} % 5 = 0 then 'subscription' else 'capacity' end,
    p * 3500 + c * 14000
  from (
    select n, timestamptz '2026-09-01 00:00:00+09' + (n::double precision / ${eventCount}) * interval '91 days' as t,
      1 + ${draw(1)} % 2000 as user_number,
      (array['gpt-4.1','claude-sonnet','gemini-flash','exaone-32b','qwen-72b','solar-pro'])[1 + ${draw(2)} % 6] as m,
      200 + ${draw(6)} % 1800 as p, 50 + ${draw(7)} % 900 as c
    from generate_series(1::bigint, ${eventCount}) n
  ) g join users u on u.employee_number = 'E' || g.user_number and u.institution_id = ${institution.id}::uuid`);
await db.execute(sql`insert into usage_daily (day, department_id, api_key_id, model_id, purpose, billing, calls, errors,
    prompt_tokens, completion_tokens, cached_tokens, characters, images, cost_micro_won)
  select day, department_id, api_key_id, model_id, purpose, billing, count(*), count(*) filter (where status <> 'ok'),
    sum(prompt_tokens), sum(completion_tokens), sum(cached_tokens), sum(characters), sum(images), sum(cost_micro_won)
  from usage_events group by day, department_id, api_key_id, model_id, purpose, billing`);
await db.execute(sql`insert into usage_monthly_subjects (month, user_id, api_key_id, department_id, model_id, purpose,
    calls, errors, prompt_tokens, completion_tokens, cached_tokens, characters, images, cost_micro_won)
  select date_trunc('month', day)::date, user_id, api_key_id, department_id, model_id, purpose, count(*),
    count(*) filter (where status <> 'ok'), sum(prompt_tokens), sum(completion_tokens), sum(cached_tokens),
    sum(characters), sum(images), sum(cost_micro_won)
  from usage_events group by 1, user_id, api_key_id, department_id, model_id, purpose`);
// PGlite runs no autovacuum, so an installation on it never has planner statistics: timed without them (the
// figures matched those with `analyze` on 2026-12-01). On PostgreSQL, autovacuum would long have vacuumed and
// analyzed tables that grew over three months; done here so that it does not run during the timings instead.
if (database.kind === 'postgres') await db.execute(sql`vacuum (analyze)`);
const counts = {
  rows: await selectRows<Record<string, unknown>>(
    db,
    sql`select (select count(*) from usage_events) as events, (select count(*) from usage_daily) as daily, (select count(*) from usage_monthly_subjects) as subjects`,
  ),
};
console.log(
  `seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s:`,
  counts.rows[0] === undefined
    ? ''
    : Object.entries(counts.rows[0])
        .map(([key, value]) => `${key} ${String(value)}`)
        .join(', '),
);

const repositories = {
  prices: new PriceRepository(db),
  budgets: new BudgetRepository(db),
  plans: new PlanRepository(db),
  directory: new DirectoryRepository(db),
};
const policy = new MeteringPolicy(repositories, institution.id, new LocalInvalidationBus(), clock);
await policy.reload();
// One institution budget, as in a real installation: on PostgreSQL an earlier run's is still there.
await db.execute(sql`delete from budgets where institution_id = ${institution.id}::uuid`);
await repositories.budgets.insert(institution.id, {
  name: '기관 AI 예산',
  scope: 'institution',
  departmentId: null,
  userId: null,
  apiKeyId: null,
  unit: 'krw',
  amount: 50_000_000,
  period: 'month',
  active: true,
});
await policy.reload();
const admin = new MeteringAdminService(repositories, policy, institution, clock);
const queries = new UsageQueryRepository(db);
const dashboards = new UsageDashboardService(
  queries,
  new UsageReportRepository(db),
  repositories.directory,
  policy,
  admin,
  clock,
);
const exporter = new UsageReportExporter(queries, repositories.directory, policy);
const someDepartment = (await repositories.directory.departmentLinks(institution.id))[0]?.id ?? '';
const someUser = {
  rows: await selectRows<{ id: string }>(db, sql`select id from users where employee_number = 'E7'`),
};
const platformAdmin = { id: someUser.rows[0]?.id ?? '', role: 'platform_admin' as const, departmentId: null };

const cases: [string, () => Promise<unknown>][] = [
  [
    'dashboard, platform, 1 month',
    () => dashboards.dashboard(platformAdmin, 'platform', { from: '2026-11', to: '2026-11' }),
  ],
  [
    'dashboard, platform, 3 months',
    () => dashboards.dashboard(platformAdmin, 'platform', { from: '2026-09', to: '2026-11' }),
  ],
  [
    'dashboard, platform, 3 months, one model',
    () =>
      dashboards.dashboard(platformAdmin, 'platform', { from: '2026-09', to: '2026-11', modelId: 'gpt-4.1' }),
  ],
  [
    'dashboard, one department, 3 months',
    () =>
      dashboards.dashboard(platformAdmin, 'department', {
        from: '2026-09',
        to: '2026-11',
        departmentId: someDepartment,
      }),
  ],
  [
    'dashboard, one person, 3 months',
    () => dashboards.dashboard(platformAdmin, 'self', { from: '2026-09', to: '2026-11' }),
  ],
  [
    'report, departments, xlsx',
    () => exporter.monthly({ month: '2026-10', kind: 'department', format: 'xlsx', departmentIds: null }),
  ],
  [
    'report, people, xlsx',
    () => exporter.monthly({ month: '2026-10', kind: 'user', format: 'xlsx', departmentIds: null }),
  ],
];

console.log(`\n| query (${eventCount.toLocaleString('en')} events, ${database.kind}) | p50 ms | max ms |`);
console.log('|---|---:|---:|');
for (const [name, run] of cases) {
  await run();
  const timings: number[] = [];
  for (let attempt = 0; attempt < runs; attempt += 1) {
    const started = performance.now();
    await run();
    timings.push(performance.now() - started);
  }
  timings.sort((left, right) => left - right);
  console.log(
    `| ${name} | ${(timings[Math.floor(runs / 2)] ?? 0).toFixed(1)} | ${(timings.at(-1) ?? 0).toFixed(1)} |`,
  );
}
await database.close();
