import { describe, expect, it } from 'vitest';
import { auditSearchParameters } from './audit-search-parameters';

describe('auditSearchParameters', () => {
  it('leaves out empty filters and keeps the rest', () => {
    expect(auditSearchParameters({ actor: '  ', action: 'sign-out' }).toString()).toBe('action=sign-out');
    expect(
      auditSearchParameters(
        { from: '2025-06-01', to: '2025-06-30', outcome: 'failure', actor: ' 홍길동 ' },
        { page: 2, pageSize: 50 },
      ).toString(),
    ).toBe(
      'from=2025-06-01&to=2025-06-30&outcome=failure&actor=%ED%99%8D%EA%B8%B8%EB%8F%99&page=2&pageSize=50',
    );
  });
});
