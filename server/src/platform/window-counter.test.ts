import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryWindowCounter, RedisWindowCounter, type WindowCounter } from './window-counter.js';

const redisUrl = process.env.REDIS_URL;
if (redisUrl === undefined) console.warn('REDIS_URL not set: the Redis window counter tests are skipped');

function behavesLikeAWindowCounter(name: string, make: () => WindowCounter) {
  describe(name, () => {
    const counter = make();
    afterAll(() => counter.close());

    it('counts within a window and starts again in the next one', async () => {
      const key = `test:${randomBytes(4).toString('hex')}`;
      const start = 1_800_000_000_000;
      expect(await counter.add(key, 1, 60_000, start)).toBe(1);
      expect(await counter.add(key, 5, 60_000, start + 59_000)).toBe(6);
      expect(await counter.current(key, 60_000, start + 30_000)).toBe(6);
      expect(await counter.current(key, 60_000, start + 60_000)).toBe(0);
      expect(await counter.add(key, 2, 60_000, start + 60_000)).toBe(2);
    });
  });
}

behavesLikeAWindowCounter('MemoryWindowCounter', () => new MemoryWindowCounter());

describe.skipIf(redisUrl === undefined)('RedisWindowCounter', () => {
  behavesLikeAWindowCounter('single instance', () => new RedisWindowCounter(new Redis(redisUrl ?? '')));

  it('shares counts between instances, so limits hold across them', async () => {
    const first = new RedisWindowCounter(new Redis(redisUrl ?? ''));
    const second = new RedisWindowCounter(new Redis(redisUrl ?? ''));
    const key = `shared:${randomBytes(4).toString('hex')}`;
    const now = Date.now();
    await Promise.all(
      Array.from({ length: 10 }, (_, index) => (index % 2 === 0 ? first : second).add(key, 1, 60_000, now)),
    );
    expect(await first.current(key, 60_000, now)).toBe(10);
    expect(await second.current(key, 60_000, now)).toBe(10);
    await Promise.all([first.close(), second.close()]);
  });
});
