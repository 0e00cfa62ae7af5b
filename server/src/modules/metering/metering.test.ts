import OpenAI from 'openai';
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock.js';
import {
  createTestPlatform,
  databaseTargets,
  signInAsAdmin,
  signInThroughPortal,
  type SignedInClient,
  type TestPlatform,
} from '../../test/test-platform.js';
import { parseChatStream } from '../../test/chat-stream-reader.js';
import { selectRows } from '../../test/select-rows.js';
import { startTestUpstream, type TestUpstream } from '../../test/upstream/index.js';
import type { Served } from '../gateway/index.js';
import { staffCaller, type GuardCaller } from '../guard/index.js';
import { BudgetAlerts } from './budget-alerts.js';
import { BudgetRepository } from './budget-repository.js';
import { DirectoryRepository } from './directory-repository.js';
import { NotificationRepository } from './notification-repository.js';
import { Meter } from './meter.js';
import { noUsage } from './usage-quantity.js';
import { UsageRecorder } from './usage-recorder.js';

/** Rows of raw SQL, driver-independent. */
function rows(platform: TestPlatform, query: SQL): Promise<Record<string, unknown>[]> {
  return selectRows<Record<string, unknown>>(platform.database.db, query);
}

async function settled(platform: TestPlatform): Promise<void> {
  await platform.meter.drain();
  await platform.usageRecorder.flush();
}

const price = {
  inputPerMillionTokens: 0,
  outputPerMillionTokens: 1_000_000,
  cachedPerMillionTokens: null,
  perThousandCharacters: 0,
  perImage: 0,
  perRequest: 0,
  note: null,
};

describe.each(databaseTargets)('metering (%s)', (target) => {
  let upstream: TestUpstream;
  let platform: TestPlatform;
  let clock: ManualClock;
  let admin: SignedInClient;
  let departmentId: string;
  let staff: GuardCaller;

  beforeAll(async () => {
    upstream = await startTestUpstream({ models: ['test-chat', 'free-chat'] });
  });
  afterAll(async () => {
    await upstream.close();
  });

  beforeEach(async () => {
    clock = new ManualClock(new Date('2026-11-20T01:00:00Z'));
    platform = await createTestPlatform({ target, clock });
    await platform.org.importDepartments(
      Buffer.from('부서코드,부서명,상위부서코드\nB100,행정국,\nD100,민원여권과,B100\n'),
    );
    const departments = await platform.org.listDepartments();
    departmentId = departments.find((department) => department.code === 'D100')?.id ?? '';
    await platform.models.createEndpoint({
      name: '내부 vLLM',
      baseUrl: upstream.url,
      modelIds: ['test-chat', 'free-chat'],
      location: 'internal',
    });
    admin = await signInAsAdmin(platform);
    const adminPrice = await platform.app.inject({
      method: 'POST',
      url: '/api/admin/prices',
      headers: admin.headers,
      payload: { modelId: 'test-chat', effectiveFrom: '2026-11-01', ...price },
    });
    expect(adminPrice.statusCode).toBe(201);
    const user = await signInThroughPortal(platform, {
      employeeNumber: 'A100',
      name: '김주무',
      departmentCode: 'D100',
    });
    staff = {
      userId: user.userId,
      apiKeyId: null,
      departmentId,
      label: '김주무 (A100)',
      ipAddress: null,
      channel: 'chat',
    };
    upstream.reset();
  });
  afterEach(async () => {
    await platform.dispose();
  });

  async function createBudget(body: Record<string, unknown>): Promise<string> {
    const response = await platform.app.inject({
      method: 'POST',
      url: '/api/admin/budgets',
      headers: admin.headers,
      payload: {
        departmentId: null,
        userId: null,
        apiKeyId: null,
        unit: 'krw',
        period: 'month',
        active: true,
        ...body,
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string }>().id;
  }

  async function ledger(account: string): Promise<{ spent: number; reserved: number }> {
    const [row] = await rows(
      platform,
      sql`select spent, reserved from budget_ledger where account = ${account}`,
    );
    return { spent: Number(row?.spent ?? 0), reserved: Number(row?.reserved ?? 0) };
  }

  it('records one event per call, identical for streaming and non-streaming, with its cost and no content', async () => {
    const request = {
      model: 'test-chat',
      maxTokens: 50,
      messages: [{ role: 'user' as const, content: '[[chunks:7]] 보도자료를 세 줄로 요약해줘' }],
    };
    await platform.guardedGateway.chat(request, { caller: staff });
    const streamed = await platform.guardedGateway.chatStream(request, { caller: staff });
    let batches = 0;
    for await (const batch of streamed.parts) batches += batch.length > 0 ? 1 : 0;
    expect(batches).toBeGreaterThan(0);
    await settled(platform);
    const events = await rows(platform, sql`select * from usage_events where status = 'ok' order by id`);
    expect(events).toHaveLength(2);
    const [json, stream] = events;
    for (const field of [
      'prompt_tokens',
      'completion_tokens',
      'cost_micro_won',
      'purpose',
      'model_id',
      'billing',
    ]) {
      expect(stream?.[field], field).toEqual(json?.[field]);
    }
    expect(Number(json?.completion_tokens)).toBe(7);
    // 7 output tokens at 1,000,000 won per million.
    expect(Number(json?.cost_micro_won)).toBe(7_000_000);
    expect(json).toMatchObject({
      purpose: 'summary',
      user_id: staff.userId,
      department_id: departmentId,
      channel: 'chat',
    });
    expect(JSON.stringify(events)).not.toContain('보도자료');
  });

  it('charges each call at the price of its day, so a later price leaves history alone', async () => {
    const call = () =>
      platform.guardedGateway.chat(
        { model: 'test-chat', messages: [{ role: 'user', content: '[[chunks:5]] 안녕하세요' }] },
        { caller: staff },
      );
    await call();
    const response = await platform.app.inject({
      method: 'POST',
      url: '/api/admin/prices',
      headers: admin.headers,
      payload: {
        modelId: 'test-chat',
        effectiveFrom: '2026-11-21',
        ...price,
        outputPerMillionTokens: 2_000_000,
      },
    });
    expect(response.statusCode).toBe(201);
    // A price already charged cannot be deleted; one still ahead can.
    const list = await platform.app.inject({
      method: 'GET',
      url: '/api/admin/prices',
      headers: admin.headers,
    });
    const applied = list
      .json<{ prices: { id: string; effectiveFrom: string }[] }>()
      .prices.find((entry) => entry.effectiveFrom === '2026-11-01');
    const deletion = await platform.app.inject({
      method: 'DELETE',
      url: `/api/admin/prices/${applied?.id ?? ''}`,
      headers: admin.headers,
    });
    expect(deletion.statusCode).toBe(409);
    clock.advance(86_400_000);
    await call();
    await settled(platform);
    const costs = await rows(
      platform,
      sql`select cost_micro_won, day::text as day from usage_events order by id`,
    );
    expect(costs.map((row) => [Number(row.cost_micro_won), row.day])).toEqual([
      [5_000_000, '2026-11-20'],
      [10_000_000, '2026-11-21'],
    ]);
  });

  it('never overspends under 200 concurrent calls against a budget that affords 50', async () => {
    // Each call reserves 10 won (max_tokens 10 at 1 won a token) and uses exactly 10.
    const institution = await createBudget({ name: '기관 AI 예산', scope: 'institution', amount: 500 });
    const department = await createBudget({
      name: '민원여권과 예산',
      scope: 'department',
      departmentId,
      amount: 800,
    });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 200 }, () =>
        platform.guardedGateway.chat(
          { model: 'test-chat', maxTokens: 10, messages: [{ role: 'user', content: '[[chunks:10]] 질문' }] },
          { caller: staff },
        ),
      ),
    );
    await settled(platform);
    const succeeded = outcomes.filter((outcome) => outcome.status === 'fulfilled').length;
    const refused = outcomes.flatMap((outcome) =>
      outcome.status === 'rejected' ? [outcome.reason as { code?: string; statusCode?: number }] : [],
    );
    expect(refused.every((error) => error.code === 'budget_exhausted' && error.statusCode === 429)).toBe(
      true,
    );
    const largestReservation = 10_000_000;
    const spent = await ledger(institution);
    expect(spent.spent).toBeLessThanOrEqual(500_000_000 + largestReservation);
    expect(spent.spent).toBe(succeeded * 10_000_000);
    expect(spent.reserved).toBe(0);
    expect(succeeded).toBeGreaterThanOrEqual(50);
    expect(refused.length).toBeGreaterThan(0);
    // The department pool drew the same amount down.
    expect((await ledger(department)).spent).toBe(spent.spent);
    const [refusedEvents] = await rows(
      platform,
      sql`select count(*)::int as count from usage_events where status = 'refused'`,
    );
    expect(Number(refusedEvents?.count)).toBe(refused.length);
  });

  it('never overspends when two instances share the budget', async () => {
    const budget = await createBudget({ name: '기관 AI 예산', scope: 'institution', amount: 500 });
    // A second instance: its own meter and leases on the same database.
    const other = new Meter(
      platform.meteringPolicy,
      new BudgetRepository(platform.database.db),
      new UsageRecorder({ insertBatch: () => Promise.resolve() }, { warn: () => undefined }),
      new BudgetAlerts(
        new NotificationRepository(platform.database.db),
        new DirectoryRepository(platform.database.db),
      ),
      clock,
      () => '',
      { warn: () => undefined },
    );
    const worstCase = () => ({ ...noUsage, completionTokens: 10, requests: 1 });
    const otherServed: Served = {
      modelId: 'test-chat',
      endpointId: '',
      endpointName: '내부 vLLM',
      provider: 'openai-compatible',
      location: 'internal',
    };
    const throughOther = async (): Promise<boolean> => {
      try {
        const ticket = await other.begin({
          caller: staff,
          capability: 'chat',
          model: 'test-chat',
          purpose: 'other',
          worstCase,
        });
        other.finish(ticket, { served: otherServed, usage: worstCase(), status: 'ok', errorCode: null });
        // Its flushes interleave with the other instance's claims.
        await other.flush();
        return true;
      } catch {
        return false;
      }
    };
    const throughPlatform = async (): Promise<boolean> => {
      try {
        await platform.guardedGateway.chat(
          { model: 'test-chat', maxTokens: 10, messages: [{ role: 'user', content: '[[chunks:10]] 질문' }] },
          { caller: staff },
        );
        return true;
      } catch {
        return false;
      }
    };
    const outcomes = await Promise.all(
      Array.from({ length: 200 }, (_, index) => (index % 2 === 0 ? throughOther() : throughPlatform())),
    );
    await other.drain();
    await settled(platform);
    const succeeded = outcomes.filter(Boolean).length;
    const spent = await ledger(budget);
    expect(spent.spent).toBeLessThanOrEqual(500_000_000 + 10_000_000);
    expect(spent.spent).toBe(succeeded * 10_000_000);
    expect(spent.reserved).toBe(0);
    expect(succeeded).toBeGreaterThanOrEqual(40);
  });

  it('releases the reservations of a crashed instance and settles a cut stream at what it used', async () => {
    const budget = await createBudget({ name: '기관 AI 예산', scope: 'institution', amount: 1_000 });
    // A second meter on the same database stands for an instance that dies mid-call: it never heartbeats.
    const crashed = new Meter(
      platform.meteringPolicy,
      new BudgetRepository(platform.database.db),
      new UsageRecorder({ insertBatch: () => Promise.resolve() }, { warn: () => undefined }),
      new BudgetAlerts(
        new NotificationRepository(platform.database.db),
        new DirectoryRepository(platform.database.db),
      ),
      clock,
      () => '',
      { warn: () => undefined },
    );
    await crashed.begin({
      caller: staff,
      capability: 'chat',
      model: 'test-chat',
      purpose: 'other',
      worstCase: () => ({
        promptTokens: 0,
        completionTokens: 100,
        cachedTokens: 0,
        characters: 0,
        images: 0,
        requests: 1,
      }),
    });
    expect(await ledger(budget)).toEqual({ spent: 0, reserved: 100_000_000 });

    // A live call on this instance, cut by its client after the first chunks.
    const controller = new AbortController();
    const stream = await platform.guardedGateway.chatStream(
      {
        model: 'test-chat',
        maxTokens: 200,
        messages: [{ role: 'user', content: '[[chunks:40]] [[chunk-delay:30]] 긴 답변' }],
      },
      { caller: staff, signal: controller.signal },
    );
    let received = 0;
    for await (const batch of stream.parts) {
      received += batch.length;
      if (received >= 3) {
        controller.abort();
        break;
      }
    }
    await settled(platform);
    const afterCut = await ledger(budget);
    expect(afterCut.reserved).toBe(100_000_000);
    expect(afterCut.spent).toBeGreaterThan(0);
    expect(afterCut.spent).toBeLessThan(40_000_000);
    const [cut] = await rows(platform, sql`select status from usage_events where status <> 'refused'`);
    expect(cut?.status).toBe('cancelled');

    clock.advance(60_000);
    expect(await platform.meter.sweep()).toBe(0);
    clock.advance(4 * 60_000);
    expect(await platform.meter.sweep()).toBe(1);
    expect(await ledger(budget)).toEqual({ spent: afterCut.spent, reserved: 0 });
  });

  it('refuses on /v1 with 429 budget_exhausted, a Korean message and when it renews', async () => {
    const created = await platform.apiKeys.create(
      {
        name: '민원 챗봇',
        departmentId,
        allowedModels: null,
        expiresAt: null,
        requestsPerMinute: null,
        tokensPerMinute: null,
      },
      admin.userId,
    );
    const keys = await platform.apiKeys.list();
    const keyId = keys[0]?.id ?? '';
    await createBudget({ name: '챗봇 한도', scope: 'api_key', apiKeyId: keyId, amount: 15 });
    await platform.app.listen({ port: 0, host: '127.0.0.1' });
    const address = platform.app.server.address();
    if (address === null || typeof address === 'string') throw new Error('no address');
    const client = new OpenAI({
      apiKey: created.key,
      baseURL: `http://127.0.0.1:${address.port}/v1`,
      maxRetries: 0,
    });
    const ask = () =>
      client.chat.completions.create({
        model: 'test-chat',
        max_completion_tokens: 10,
        messages: [{ role: 'user', content: '[[chunks:10]] 민원 답변' }],
      });
    await ask();
    await settled(platform);
    const error = await ask().then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    const rateLimit = error as InstanceType<typeof OpenAI.RateLimitError>;
    expect(rateLimit.code).toBe('budget_exhausted');
    expect(rateLimit.message).toContain('2026년 12월 1일에 다시 채워집니다');
    expect(rateLimit.headers.get('retry-after')).not.toBeNull();
    // A free model still answers: it cannot overspend a won budget.
    const free = await client.chat.completions.create({
      model: 'free-chat',
      messages: [{ role: 'user', content: '[[chunks:3]] 무료 모델' }],
    });
    expect(free.choices[0]?.message.content).toBeTruthy();
  });

  it('tells a staff member in the chat which budget ran out, keeping the question', async () => {
    await createBudget({ name: '민원여권과 예산', scope: 'department', departmentId, amount: 100 });
    const member = await signInThroughPortal(platform, {
      employeeNumber: 'A100',
      name: '김주무',
      departmentCode: 'D100',
    });
    const conversation = await platform.app.inject({
      method: 'POST',
      url: '/api/conversations',
      headers: member.headers,
      payload: {},
    });
    const conversationId = conversation.json<{ id: string }>().id;
    // No max_tokens from the chat: 4,096 output tokens at 1 won each are reserved, more than 100 won.
    const response = await platform.app.inject({
      method: 'POST',
      url: `/api/conversations/${conversationId}/messages`,
      headers: member.headers,
      payload: { content: '[[chunks:3]] 예산 안내', model: 'test-chat' },
    });
    const events = parseChatStream(response.body);
    expect(events.at(-1)).toMatchObject({ type: 'error', code: 'budget_exhausted', status: 'failed' });
    const last = events.at(-1);
    expect(last?.type === 'error' ? last.message : '').toContain(
      '민원여권과의 이번 달 AI 이용 예산(민원여권과 예산',
    );
    const stored = await platform.app.inject({
      method: 'GET',
      url: `/api/conversations/${conversationId}`,
      headers: member.headers,
    });
    const messages = stored.json<{ messages: { role: string; content: string }[] }>().messages;
    expect(messages[0]).toMatchObject({ role: 'user', content: '[[chunks:3]] 예산 안내' });
    expect(upstream.requests).toHaveLength(0);
  });

  it('alerts the budget owners at 80 % and 100 %', async () => {
    await createBudget({ name: '기관 AI 예산', scope: 'institution', amount: 100 });
    for (let call = 0; call < 10; call += 1) {
      await platform.guardedGateway.chat(
        { model: 'test-chat', maxTokens: 10, messages: [{ role: 'user', content: '[[chunks:10]] 질문' }] },
        { caller: staff },
      );
      await settled(platform);
    }
    const response = await platform.app.inject({
      method: 'GET',
      url: '/api/notifications',
      headers: admin.headers,
    });
    const body = response.json<{ notifications: { kind: string; body: string }[]; unread: number }>();
    expect(body.notifications.map((notification) => notification.kind).sort()).toEqual([
      'budget_100',
      'budget_80',
    ]);
    expect(body.unread).toBe(2);
    const read = await platform.app.inject({
      method: 'POST',
      url: '/api/notifications/read-all',
      headers: admin.headers,
    });
    expect(read.statusCode).toBe(204);
  });

  it('bills subscription holders to their plan, not to the pools, and warns at the soft cap', async () => {
    const budget = await createBudget({ name: '기관 AI 예산', scope: 'institution', amount: 1_000 });
    const plan = await platform.app.inject({
      method: 'POST',
      url: '/api/admin/plans',
      headers: admin.headers,
      payload: {
        name: '생성형 AI 구독',
        termMonths: 3,
        feePerTerm: 29_000,
        models: ['test-chat'],
        softCapWon: 25,
        active: true,
      },
    });
    expect(plan.statusCode, plan.body).toBe(201);
    const assignment = await platform.app.inject({
      method: 'POST',
      url: `/api/admin/plans/${plan.json<{ id: string }>().id}/assignments`,
      headers: admin.headers,
      payload: { userId: staff.userId, startsOn: '2026-11-01', terms: 1 },
    });
    expect(assignment.statusCode, assignment.body).toBe(201);
    expect(assignment.json()).toMatchObject({ endsOn: '2027-01-31' });
    for (let call = 0; call < 3; call += 1) {
      await platform.guardedGateway.chat(
        { model: 'test-chat', messages: [{ role: 'user', content: '[[chunks:10]] 회의록 작성해줘' }] },
        { caller: staff },
      );
      // The ledger is charged once a second; each call here lands in a charge of its own.
      await settled(platform);
    }
    expect(await ledger(budget)).toEqual({ spent: 0, reserved: 0 });
    const billing = await rows(platform, sql`select distinct billing from usage_events`);
    expect(billing).toEqual([{ billing: 'subscription' }]);
    const notices = await rows(
      platform,
      sql`select kind from notifications where user_id = ${staff.userId} order by kind`,
    );
    expect(notices.map((row) => row.kind)).toEqual(['soft_cap_100', 'soft_cap_80']);
  });

  it('shows the same won on the dashboard and in the monthly reports', async () => {
    const other = await signInThroughPortal(platform, {
      employeeNumber: 'B200',
      name: '이행정',
      departmentCode: 'B100',
    });
    const otherCaller = staffCaller(
      { id: other.userId, name: '이행정', employeeNumber: 'B200', username: null, departmentId: null },
      null,
      'chat',
    );
    for (let call = 0; call < 3; call += 1) {
      await platform.guardedGateway.chat(
        {
          model: 'test-chat',
          messages: [{ role: 'user', content: `[[chunks:${String(3 + call)}]] 엑셀 수식 알려줘` }],
        },
        { caller: staff },
      );
      await platform.guardedGateway.chat(
        { model: 'test-chat', messages: [{ role: 'user', content: '[[chunks:2]] 축제 아이디어 줘' }] },
        { caller: otherCaller },
      );
    }
    await settled(platform);
    const dashboard = await platform.app.inject({
      method: 'GET',
      url: '/api/usage/dashboard?scope=platform&from=2026-11&to=2026-11',
      headers: admin.headers,
    });
    expect(dashboard.statusCode, dashboard.body).toBe(200);
    const view = dashboard.json<{
      totals: { calls: number; costWon: number; activeUsers: number };
      daily: { day: string; calls: number; costWon: number }[];
      byDepartment: { label: string; costWon: number }[];
      byModel: { label: string; calls: number }[];
      byPurpose: { key: string; calls: number }[];
      topUsers: { label: string; costWon: number }[];
    }>();
    expect(view.totals).toMatchObject({ calls: 6, costWon: 18, activeUsers: 2 });
    // Every breakdown (one grouping-sets query) adds up to the totals.
    expect(view.daily).toEqual([expect.objectContaining({ calls: 6, costWon: 18 })]);
    expect(view.byModel).toEqual([expect.objectContaining({ label: 'test-chat', calls: 6 })]);
    expect(view.byPurpose.reduce((total, slice) => total + slice.calls, 0)).toBe(6);
    expect(view.byPurpose.length).toBeGreaterThanOrEqual(2);
    expect(view.byDepartment).toEqual([
      expect.objectContaining({ label: '민원여권과', costWon: 12 }),
      expect.objectContaining({ label: '부서 없음', costWon: 6 }),
    ]);
    expect(view.topUsers[0]).toMatchObject({ label: '김주무', costWon: 12 });
    const csv = await platform.app.inject({
      method: 'GET',
      url: '/api/usage/reports/monthly?month=2026-11&kind=department&format=csv',
      headers: admin.headers,
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.body.startsWith('\uFEFF')).toBe(true);
    expect(csv.body).toContain('민원여권과,3,');
    expect(csv.body).toMatch(/민원여권과,3,\d+,12,12\r\n/);
    expect(csv.body).toMatch(/합계,6,\d+,\d+,18/);
    const xlsx = await platform.app.inject({
      method: 'GET',
      url: '/api/usage/reports/monthly?month=2026-11&kind=user&format=xlsx',
      headers: admin.headers,
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const own = await platform.app.inject({
      method: 'GET',
      url: '/api/usage/dashboard?scope=platform&from=2026-11&to=2026-11',
      headers: other.headers,
    });
    expect(own.statusCode).toBe(403);
    const self = await platform.app.inject({
      method: 'GET',
      url: '/api/usage/dashboard?scope=self&from=2026-11&to=2026-11',
      headers: other.headers,
    });
    expect(self.json<{ totals: { costWon: number } }>().totals.costWon).toBe(6);
  });
});
