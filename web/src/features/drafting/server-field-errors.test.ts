import { describe, expect, it } from 'vitest';
import { serverFieldErrors } from './server-field-errors';

describe('serverFieldErrors', () => {
  it('maps the field messages by key, the first per key', () => {
    expect(
      serverFieldErrors({
        fields: [
          { key: 'title', message: '제목을(를) 입력하세요.' },
          { key: 'title', message: '두 번째' },
          { key: 'budget', message: '소요 예산은(는) 숫자로 입력하세요.' },
          { key: 1, message: 'x' },
          null,
        ],
      }),
    ).toEqual({ title: '제목을(를) 입력하세요.', budget: '소요 예산은(는) 숫자로 입력하세요.' });
  });

  it('is empty for anything else', () => {
    expect(serverFieldErrors(undefined)).toEqual({});
    expect(serverFieldErrors({ issues: [] })).toEqual({});
    expect(serverFieldErrors({ fields: 'x' })).toEqual({});
  });
});
