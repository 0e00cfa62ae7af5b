import { describe, expect, it } from 'vitest';
import { parseNewChatSearch } from './new-chat-search';

const id = '6F1C8E9A-1111-4111-8111-111111111111';

describe('parseNewChatSearch', () => {
  it('reads an assistant and a starter', () => {
    expect(parseNewChatSearch({ assistant: id, starter: 2 })).toEqual({
      assistant: id.toLowerCase(),
      starter: 2,
    });
    expect(parseNewChatSearch({ assistant: id, starter: '0' })).toEqual({
      assistant: id.toLowerCase(),
      starter: 0,
    });
  });

  it('drops a starter out of range and anything without an assistant', () => {
    expect(parseNewChatSearch({ assistant: id, starter: 6 })).toEqual({ assistant: id.toLowerCase() });
    expect(parseNewChatSearch({ assistant: id, starter: -1 })).toEqual({ assistant: id.toLowerCase() });
    expect(parseNewChatSearch({ assistant: id, starter: 1.5 })).toEqual({ assistant: id.toLowerCase() });
    expect(parseNewChatSearch({ starter: 1 })).toEqual({});
    expect(parseNewChatSearch({ assistant: 'not-an-id' })).toEqual({});
    expect(parseNewChatSearch({})).toEqual({});
  });
});
