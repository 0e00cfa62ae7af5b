import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ConversationSummary, GuardPolicy } from '@jumugwan/contracts';
import { captureLogLines } from '../../test/capture-log-lines.js';
import { parseChatStream } from '../../test/chat-stream-reader.js';
import { registerTestModels } from '../../test/register-test-models.js';
import { setGuardPolicy } from '../../test/set-guard-policy.js';
import {
  createTestPlatform,
  databaseTargets,
  signInAsAdmin,
  signInThroughPortal,
  type SignedInClient,
  type TestPlatform,
} from '../../test/test-platform.js';
import { selectRows } from '../../test/select-rows.js';
import { startTestUpstream, type TestUpstream } from '../../test/upstream/index.js';

const marker = '보존시험표식QX81';
const residentNumber = '850315-2345678';

describe.each(databaseTargets)('retention modes (%s)', (target) => {
  let upstream: TestUpstream;
  let platform: TestPlatform;
  let admin: SignedInClient;
  let logLines: string[];

  beforeAll(async () => {
    upstream = await startTestUpstream({ models: ['inside-chat', 'outside-chat'] });
  });
  afterAll(async () => {
    await upstream.close();
  });
  beforeEach(async () => {
    logLines = [];
    platform = await createTestPlatform({
      target,
      logStream: captureLogLines(logLines),
      environment: { LOG_LEVEL: 'info' },
    });
    await registerTestModels(platform, upstream.url);
    await platform.org.importDepartments(
      Buffer.from(
        '부서코드,부서명,상위부서코드\nD100,기획조정실,\nD110,정보화담당관,D100\nD200,민원여권과,\n',
      ),
    );
    admin = await signInAsAdmin(platform);
  });
  afterEach(async () => {
    await platform.dispose();
  });

  const departmentId = async (code: string) => {
    const department = (await platform.org.listDepartments()).find((entry) => entry.code === code);
    if (department === undefined) throw new Error(`no department ${code}`);
    return department.id;
  };

  /** Every row of every table as text, searched for the needle. */
  const tablesContaining = async (needle: string): Promise<string[]> => {
    const tables = await selectRows<{ table_name: string }>(
      platform.database.db,
      sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    const found: string[] = [];
    for (const { table_name: table } of tables) {
      const rows = await selectRows<{ count: string | number }>(
        platform.database.db,
        sql`select count(*) as count from ${sql.identifier(table)} as row where row::text like ${`%${needle}%`}`,
      );
      if (Number(rows[0]?.count ?? 0) > 0) found.push(table);
    }
    return found;
  };

  it('under `none` writes no message text to any table, and the answer still streams', async () => {
    await setGuardPolicy(platform, admin, { retention: 'none' });
    const staff = await signInThroughPortal(platform, {
      employeeNumber: 'S300',
      name: '최보존',
      departmentCode: 'D200',
    });
    const settings = await platform.app.inject({
      method: 'GET',
      url: '/api/chat/settings',
      headers: staff.headers,
    });
    expect(settings.json()).toEqual({ retention: 'none', retentionDays: null });

    const refused = await platform.app.inject({
      method: 'POST',
      url: '/api/conversations',
      headers: staff.headers,
      payload: {},
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ error: { code: 'retention_none' } });

    const content = `${marker} 민원인 ${residentNumber}의 서류를 확인해 주세요.`;
    for (const model of ['inside-chat', 'outside-chat']) {
      const response = await platform.app.inject({
        method: 'POST',
        url: '/api/chat/ephemeral',
        headers: staff.headers,
        payload: {
          model,
          messages: [
            { role: 'user', content: `${marker} 첫 질문` },
            { role: 'assistant', content: `${marker} 첫 답변` },
            { role: 'user', content },
          ],
        },
      });
      expect(response.statusCode).toBe(200);
      const events = parseChatStream(response.body);
      const answer = events.flatMap((event) => (event.type === 'delta' ? [event.text] : [])).join('');
      expect(answer).toContain(marker);
      expect(events.at(-1)).toMatchObject({ type: 'done', status: 'complete' });
    }

    expect(await tablesContaining(marker)).toEqual([]);
    expect(await tablesContaining(residentNumber)).toEqual([]);
    expect(await tablesContaining(residentNumber.replace('-', ''))).toEqual([]);
    // Masking for the outside model was audited by type, never by value.
    const audit = await selectRows<{ action: string; details: unknown }>(
      platform.database.db,
      sql`select action, details from audit_events where action = 'guard-masked'`,
    );
    expect(audit.length).toBeGreaterThan(0);
    expect(JSON.stringify(audit)).toContain('resident_registration_number');
    const logs = logLines.join('');
    expect(logs).not.toContain(marker);
    expect(logs).not.toContain(residentNumber);
  });

  it('under `days:N` the job purges older content, and a department override wins', async () => {
    await setGuardPolicy(platform, admin, { retention: 'days:30' });
    const keeper = await signInThroughPortal(platform, {
      employeeNumber: 'K100',
      name: '김보관',
      departmentCode: 'D110',
    });
    const ordinary = await signInThroughPortal(platform, {
      employeeNumber: 'O100',
      name: '오일반',
      departmentCode: 'D200',
    });
    // 기획조정실 keeps everything, and so does its sub-department 정보화담당관.
    const override = await platform.app.inject({
      method: 'PUT',
      url: `/api/admin/guard/departments/${await departmentId('D100')}/retention`,
      headers: admin.headers,
      payload: { retention: 'keep' },
    });
    expect(override.statusCode).toBe(204);

    const converse = async (client: SignedInClient, text: string) => {
      const conversation = (
        await platform.app.inject({
          method: 'POST',
          url: '/api/conversations',
          headers: client.headers,
          payload: {},
        })
      ).json<ConversationSummary>();
      const response = await platform.app.inject({
        method: 'POST',
        url: `/api/conversations/${conversation.id}/messages`,
        headers: client.headers,
        payload: { content: text, model: 'inside-chat' },
      });
      expect(response.statusCode).toBe(200);
      return conversation.id;
    };
    const oldOrdinary = await converse(ordinary, '오래된 일반 대화');
    const recentOrdinary = await converse(ordinary, '최근 일반 대화');
    const oldKept = await converse(keeper, '오래된 보관 대화');
    const backdate = async (conversationId: string) => {
      await platform.database.db.execute(
        sql`update conversations set updated_at = now() - interval '40 days' where id = ${conversationId}`,
      );
      await platform.database.db.execute(
        sql`update messages set created_at = now() - interval '40 days' where conversation_id = ${conversationId}`,
      );
    };
    await backdate(oldOrdinary);
    await backdate(oldKept);

    const removed = await platform.retention.purge();
    expect(removed.conversations).toBe(1);
    const remaining = await selectRows<{ id: string }>(
      platform.database.db,
      sql`select id from conversations`,
    );
    expect(remaining.map((row) => row.id).sort()).toEqual([recentOrdinary, oldKept].sort());
    const purgeAudit = await selectRows<{ action: string }>(
      platform.database.db,
      sql`select action from audit_events where action = 'retention-purged'`,
    );
    expect(purgeAudit).toHaveLength(1);
  });

  it('rejects an unreadable retention mode with a Korean message and keeps the old policy', async () => {
    const response = await platform.app.inject({
      method: 'PUT',
      url: '/api/admin/guard/policy',
      headers: admin.headers,
      payload: {
        piiActionInternal: 'allow',
        piiActionExternal: 'mask',
        disabledPiiTypes: [],
        minimumConfidence: 60,
        retention: 'days:0',
      },
    });
    expect(response.statusCode).toBe(400);
    const current = await platform.app.inject({
      method: 'GET',
      url: '/api/admin/guard/policy',
      headers: admin.headers,
    });
    expect(current.json<{ policy: GuardPolicy }>().policy.retention).toBe('keep');
  });
});
