import { describe, expect, it } from 'vitest';
import { titleFromMessage } from './chat-service.js';
import { StreamRegistry } from './stream-registry.js';

describe('titleFromMessage', () => {
  it('uses the first line and cuts long ones', () => {
    expect(titleFromMessage('  보도자료 초안 작성\n세부 내용')).toBe('보도자료 초안 작성');
    const long = titleFromMessage(
      '2026년 하반기 시민 참여 예산 사업 설명회 개최 계획에 관한 보도자료를 작성해 주세요 상세하게',
    );
    expect(long.length).toBeLessThanOrEqual(41);
    expect(long.endsWith('…')).toBe(true);
    expect(titleFromMessage('   ')).toBe('새 대화');
  });
});

describe('StreamRegistry', () => {
  it('waits for running streams, then aborts those that outlast the grace period', async () => {
    const registry = new StreamRegistry();
    const quick = new AbortController();
    registry.add(quick);
    setTimeout(() => registry.remove(quick), 20);
    expect(await registry.drain(1_000)).toEqual({ finished: true });
    expect(quick.signal.aborted).toBe(false);

    const slow = new AbortController();
    const second = new StreamRegistry();
    second.add(slow);
    slow.signal.addEventListener('abort', () => second.remove(slow));
    expect(await second.drain(30)).toEqual({ finished: false });
    expect(slow.signal.reason).toBe('shutdown');
    expect(second.isClosing).toBe(true);
  });
});
