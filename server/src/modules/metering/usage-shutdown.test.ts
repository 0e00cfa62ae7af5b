import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/index.js';
import { createPlatform } from '../../create-platform.js';
import { openDatabase, resultRows } from '../../platform/database/index.js';
import { startTestUpstream, type TestUpstream } from '../../test/upstream/index.js';
import { systemCaller } from '../guard/index.js';

describe('usage events on graceful shutdown', () => {
  let upstream: TestUpstream;
  const directory = `/tmp/jumugwan-shutdown-${randomBytes(6).toString('hex')}`;

  beforeAll(async () => {
    upstream = await startTestUpstream({ models: ['test-chat'] });
  });
  afterAll(async () => {
    await upstream.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('writes every buffered event before the database closes', async () => {
    // A PGlite on disk, so the events can be counted after the platform has stopped.
    const config = loadConfig({
      yamlPath: '/nonexistent/jumugwan.yaml',
      environment: { DATA_DIR: directory, SECRET_KEY: randomBytes(32).toString('hex'), LOG_LEVEL: 'silent' },
    });
    const platform = await createPlatform({ config, logger: false, webDistDirectory: null });
    await platform.models.createEndpoint({
      name: '내부 vLLM',
      baseUrl: upstream.url,
      modelIds: ['test-chat'],
      location: 'internal',
    });
    const calls = 40;
    await Promise.all(
      Array.from({ length: calls }, () =>
        platform.guardedGateway.chat(
          { model: 'test-chat', messages: [{ role: 'user', content: '[[chunks:3]] 안녕하세요' }] },
          { caller: systemCaller },
        ),
      ),
    );
    // Still in the buffer (it writes every half second or every 500 events) when the stop begins.
    expect(platform.usageRecorder.pendingCount).toBe(calls);
    await platform.close(0);

    const reopened = await openDatabase({ pgliteDirectory: `${directory}/pglite` });
    try {
      const [events] = resultRows(
        await reopened.db.execute(sql`select count(*)::int as count from usage_events`),
      );
      const [rollup] = resultRows(
        await reopened.db.execute(sql`select sum(calls)::int as calls from usage_daily`),
      );
      expect(events?.count).toBe(calls);
      expect(rollup?.calls).toBe(calls);
    } finally {
      await reopened.close();
    }
  });
});
