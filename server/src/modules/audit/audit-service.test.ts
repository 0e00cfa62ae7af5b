import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock.js';
import { tables } from '../../platform/database/index.js';
import { createTestPlatform, databaseTargets, type TestPlatform } from '../../test/test-platform.js';
import { systemAuditActor } from './audit-actor.js';
import { AuditRepository } from './audit-repository.js';
import { AuditService } from './audit-service.js';

const start = new Date('2025-06-15T01:00:00Z'); // 10:00 in Seoul

describe.each(databaseTargets)('AuditService (%s)', (target) => {
  let platform: TestPlatform;
  let clock: ManualClock;

  beforeEach(async () => {
    clock = new ManualClock(start);
    platform = await createTestPlatform({ target, clock });
  });
  afterEach(async () => {
    await platform.dispose();
  });

  const actor = (label: string) => ({ userId: null, apiKeyId: null, label, ipAddress: '10.0.0.7' });

  it('records an event with the injected clock, defaults and sanitised details', async () => {
    await platform.audit.record({
      action: 'api-key-revoked',
      actor: actor('홍길동 (20231234)'),
      target: { type: 'api-key', id: 'k1' },
    });
    // The port takes loosely typed details, as a careless caller might pass them.
    await platform.audit.port().record(systemAuditActor(), 'guard-masked', 'masked', {
      piiTypes: ['rrn', 'phone'],
      counts: { rrn: 2 },
      note: 'x'.repeat(500),
      nested: { deep: { value: 'secret' } },
      callback: () => 'dropped',
    });
    const rows = await platform.database.db.select().from(tables.auditEvents);
    expect(rows).toHaveLength(2);
    const revoked = rows.find((row) => row.action === 'api-key-revoked');
    expect(revoked).toMatchObject({
      at: start,
      outcome: 'success',
      actorLabel: '홍길동 (20231234)',
      targetType: 'api-key',
      targetId: 'k1',
      ipAddress: '10.0.0.7',
      details: {},
    });
    const masked = rows.find((row) => row.action === 'guard-masked');
    expect(masked?.actorLabel).toBe('시스템');
    expect(masked?.details.piiTypes).toEqual(['rrn', 'phone']);
    expect(masked?.details.counts).toEqual({ rrn: 2 });
    expect(String(masked?.details.note).length).toBeLessThanOrEqual(200);
    // Only counts survive as objects: nested values are dropped.
    expect(masked?.details.nested).toEqual({});
    expect(masked?.details).not.toHaveProperty('callback');
  });

  it('never throws into the caller and logs a warning instead', async () => {
    class BrokenRepository extends AuditRepository {
      override insert(): Promise<void> {
        return Promise.reject(new Error('database is gone'));
      }
    }
    const warnings: { fields: object; message: string }[] = [];
    const audit = new AuditService(new BrokenRepository(platform.database.db), clock);
    audit.useLogger({ warn: (fields, message) => warnings.push({ fields, message }) });
    await expect(audit.record({ action: 'sign-out', actor: actor('누군가') })).resolves.toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toBe('audit event was not recorded');
    expect(warnings[0]?.fields).toMatchObject({ action: 'sign-out' });
  });

  it('offers a positional port for modules with their own audit interface', async () => {
    await platform.audit.port().record(actor('API 키 민원 챗봇'), 'guard-blocked', 'blocked', {
      rule: 'banned-word',
      listIds: ['l1'],
    });
    const rows = await platform.database.db.select().from(tables.auditEvents);
    expect(rows[0]).toMatchObject({
      action: 'guard-blocked',
      outcome: 'blocked',
      details: { rule: 'banned-word', listIds: ['l1'] },
    });
  });

  it('lists newest first with filters, paging and a total', async () => {
    const hour = 3_600_000;
    // 2025-06-15 10:00 KST … 2025-06-17 10:00 KST, a day apart.
    for (const [index, label] of ['김철수 (1001)', '이영희 (1002)', '김민수 (1003)'].entries()) {
      await platform.audit.record(
        index === 1
          ? {
              action: 'sign-in-failed',
              outcome: 'failure',
              actor: actor(label),
              details: { method: 'local', reason: 'wrong_password' },
            }
          : { action: 'sign-in-succeeded', actor: actor(label), details: { method: 'local' } },
      );
      clock.advance(24 * hour);
    }
    const all = await platform.audit.list({ page: 1, pageSize: 50 });
    expect(all.total).toBe(3);
    expect(all.events.map((event) => event.actorLabel)).toEqual([
      '김민수 (1003)',
      '이영희 (1002)',
      '김철수 (1001)',
    ]);

    const firstPage = await platform.audit.list({ page: 1, pageSize: 2 });
    const secondPage = await platform.audit.list({ page: 2, pageSize: 2 });
    expect(firstPage.events).toHaveLength(2);
    expect(secondPage.events.map((event) => event.actorLabel)).toEqual(['김철수 (1001)']);
    expect(secondPage.total).toBe(3);

    // KST days, both ends inclusive: 06-16 is the second event only.
    const oneDay = await platform.audit.list({ from: '2025-06-16', to: '2025-06-16', page: 1, pageSize: 50 });
    expect(oneDay.events.map((event) => event.actorLabel)).toEqual(['이영희 (1002)']);

    const failures = await platform.audit.list({ outcome: 'failure', page: 1, pageSize: 50 });
    expect(failures.total).toBe(1);
    const succeeded = await platform.audit.list({ action: 'sign-in-succeeded', page: 1, pageSize: 50 });
    expect(succeeded.total).toBe(2);

    const byActor = await platform.audit.list({ actor: '김', page: 1, pageSize: 50 });
    expect(byActor.total).toBe(2);
    const byNumber = await platform.audit.list({ actor: '1002', page: 1, pageSize: 50 });
    expect(byNumber.events[0]?.actorLabel).toBe('이영희 (1002)');
    // LIKE wildcards are literal.
    expect((await platform.audit.list({ actor: '%', page: 1, pageSize: 50 })).total).toBe(0);
  });

  it('exports in batches across the cursor without skipping or repeating rows', async () => {
    for (let index = 0; index < 2_100; index += 1) {
      // Several rows share a timestamp, so the cursor must order by id too.
      if (index % 3 === 0) clock.advance(1);
      await platform.audit.record({ action: 'sign-out', actor: actor(`사용자 ${index}`) });
    }
    const seen: number[] = [];
    for await (const row of platform.audit.exportRows({})) seen.push(row.id);
    expect(seen).toHaveLength(2_100);
    expect(new Set(seen).size).toBe(2_100);
    expect([...seen].sort((left, right) => right - left)).toEqual(seen);

    const capped: number[] = [];
    for await (const row of platform.audit.exportRows({}, 1_200)) capped.push(row.id);
    expect(capped).toEqual(seen.slice(0, 1_200));
  });
});
