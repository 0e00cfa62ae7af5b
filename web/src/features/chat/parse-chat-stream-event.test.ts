import { describe, expect, it } from 'vitest';
import { parseChatStreamEvent } from './parse-chat-stream-event';

describe('parseChatStreamEvent', () => {
  it('skips frames that are not chat events', () => {
    expect(parseChatStreamEvent({ event: 'delta', data: 'not json' })).toBeNull();
    expect(parseChatStreamEvent({ event: 'ping', data: '{"type":"ping"}' })).toBeNull();
  });

  it('reads an error event with its Korean message', () => {
    const error = {
      type: 'error',
      code: 'upstream_timeout',
      message: '모델 응답이 지연됩니다',
      status: 'interrupted',
    };
    expect(parseChatStreamEvent({ event: 'error', data: JSON.stringify(error) })).toEqual(error);
  });
});
