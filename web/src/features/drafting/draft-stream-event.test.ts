import type { DraftDoneEvent } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import { parseDraftStreamEvent } from './draft-stream-event';

const done: DraftDoneEvent = {
  document: { title: '제목', slots: {}, body: '□ 본문' },
  citations: [],
  findings: [],
  version: null,
};

describe('parseDraftStreamEvent', () => {
  it('reads delta, done and error frames by their event name', () => {
    expect(parseDraftStreamEvent({ event: 'delta', data: '{"text":"□ 본"}' })).toEqual({
      type: 'delta',
      text: '□ 본',
    });
    expect(parseDraftStreamEvent({ event: 'done', data: JSON.stringify(done) })).toEqual({
      type: 'done',
      result: done,
    });
    expect(
      parseDraftStreamEvent({ event: 'error', data: '{"code":"upstream_error","message":"모델 오류"}' }),
    ).toEqual({
      type: 'error',
      code: 'upstream_error',
      message: '모델 오류',
    });
  });

  it('accepts the type inside the data of an unnamed frame', () => {
    expect(parseDraftStreamEvent({ event: 'message', data: '{"type":"delta","text":"가"}' })).toEqual({
      type: 'delta',
      text: '가',
    });
  });

  it('skips frames it cannot read', () => {
    expect(parseDraftStreamEvent({ event: 'delta', data: 'not json' })).toBeNull();
    expect(parseDraftStreamEvent({ event: 'delta', data: '{"value":1}' })).toBeNull();
    expect(parseDraftStreamEvent({ event: 'progress', data: '{}' })).toBeNull();
  });
});
