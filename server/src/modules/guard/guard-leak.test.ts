import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationSummary, GuardPolicy } from '@jumugwan/contracts';
import { captureLogLines } from '../../test/capture-log-lines.js';
import { openAiClientFor } from '../../test/open-ai-client-for.js';
import { registerTestModels } from '../../test/register-test-models.js';
import {
  createTestPlatform,
  signInAsAdmin,
  signInThroughPortal,
  type SignedInClient,
  type TestPlatform,
} from '../../test/test-platform.js';
import { selectRows } from '../../test/select-rows.js';
import { startTestUpstream, type TestUpstream } from '../../test/upstream/index.js';

// Values a 주무관 might paste; none of them may reach a log line or an audit row.
const personalValues = [
  '900101-1234567',
  '9001011234567',
  '010-2345-6789',
  'minwon.kim@example.go.kr',
  '4111-1111-1111-1111',
  'M12345678',
  '서초대로 74',
];
const contentMarker = '유출검사문장ZQ7';
const piiText =
  `${contentMarker} 민원인 주민등록번호 ${personalValues[0] ?? ''}, 휴대전화 ${personalValues[2] ?? ''}, ` +
  `이메일 ${personalValues[3] ?? ''}, 카드 ${personalValues[4] ?? ''}, 여권번호 ${personalValues[5] ?? ''}, ` +
  `주소 서울특별시 서초구 ${personalValues[6] ?? ''}.`;

/** Tables that hold conversation content by design under retention `keep`. */
const contentTables = new Set(['messages', 'conversations']);

describe('no message content or PII value in logs or audit rows', () => {
  let upstream: TestUpstream;
  let platform: TestPlatform;
  let admin: SignedInClient;
  let staff: SignedInClient;
  const logLines: string[] = [];

  beforeAll(async () => {
    upstream = await startTestUpstream({ models: ['inside-chat', 'outside-chat'] });
    platform = await createTestPlatform({
      logStream: captureLogLines(logLines),
      environment: { LOG_LEVEL: 'debug' },
    });
    await registerTestModels(platform, upstream.url);
    admin = await signInAsAdmin(platform);
    staff = await signInThroughPortal(platform, {
      employeeNumber: 'L100',
      name: '이누출',
      departmentCode: null,
    });
  });
  afterAll(async () => {
    await platform.dispose();
    await upstream.close();
  });

  it('after masked, blocked, warned and /v1 calls', async () => {
    const inject = (method: 'POST' | 'PUT' | 'GET', url: string, payload?: object, client = staff) =>
      platform.app.inject({
        method,
        url,
        headers: client.headers,
        ...(payload === undefined ? {} : { payload }),
      });
    await inject(
      'POST',
      '/api/admin/guard/banned-words',
      {
        name: '경고 목록',
        action: 'warn',
        enabled: true,
        words: ['민원인'],
      },
      admin,
    );
    const conversation = (await inject('POST', '/api/conversations', {})).json<ConversationSummary>();
    const send = (model: string) =>
      inject('POST', `/api/conversations/${conversation.id}/messages`, { content: piiText, model });
    expect((await send('outside-chat')).statusCode).toBe(200);
    expect((await send('inside-chat')).statusCode).toBe(200);

    const policy = (await inject('GET', '/api/admin/guard/policy', undefined, admin)).json<{
      policy: GuardPolicy;
    }>();
    await inject('PUT', '/api/admin/guard/policy', { ...policy.policy, piiActionExternal: 'block' }, admin);
    const other = (await inject('POST', '/api/conversations', {})).json<ConversationSummary>();
    const blocked = await inject('POST', `/api/conversations/${other.id}/messages`, {
      content: piiText,
      model: 'outside-chat',
    });
    expect(blocked.statusCode).toBe(400);
    await inject('PUT', '/api/admin/guard/policy', policy.policy, admin);
    await inject('POST', '/api/admin/guard/test', { text: piiText, location: 'external' }, admin);

    const client = await openAiClientFor(platform, admin, '민원 시스템');
    await client.chat.completions.create({
      model: 'outside-chat',
      messages: [{ role: 'user', content: piiText }],
    });
    const stream = await client.chat.completions.create({
      model: 'outside-chat',
      messages: [{ role: 'user', content: piiText }],
      stream: true,
    });
    for await (const chunk of stream) expect(chunk).toBeDefined();

    // What reached the outside model was masked; what reached the inside one was not (policy: allow).
    const outsideBodies = upstream.requests
      .filter((request) => (request.body as { model?: string } | undefined)?.model === 'outside-chat')
      .map((request) => request.rawBody);
    expect(outsideBodies.length).toBeGreaterThanOrEqual(3);
    for (const body of outsideBodies) for (const value of personalValues) expect(body).not.toContain(value);

    const logs = logLines.join('');
    expect(logLines.length).toBeGreaterThan(5);
    for (const value of [...personalValues, contentMarker]) expect(logs).not.toContain(value);

    const auditRows = await selectRows<{ action: string; row: string }>(
      platform.database.db,
      sql`select action, row_to_json(audit_events)::text as row from audit_events`,
    );
    expect(auditRows.map((row) => row.action)).toEqual(
      expect.arrayContaining(['guard-masked', 'guard-blocked', 'guard-warned']),
    );
    const auditText = auditRows.map((row) => row.row).join('\n');
    for (const value of [...personalValues, contentMarker]) expect(auditText).not.toContain(value);

    const tables = await selectRows<{ table_name: string }>(
      platform.database.db,
      sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    for (const { table_name: table } of tables) {
      if (contentTables.has(table)) continue;
      const leaking = await selectRows<{ count: string | number }>(
        platform.database.db,
        sql`select count(*) as count from ${sql.identifier(table)} as row where row::text like ${`%${contentMarker}%`}`,
      );
      expect({ table, count: Number(leaking[0]?.count ?? 0) }).toEqual({ table, count: 0 });
    }
  });
});
