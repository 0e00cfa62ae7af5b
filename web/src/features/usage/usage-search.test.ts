import { describe, expect, it } from 'vitest';
import { parseAdminUsageSearch, parseUsageSearch } from './usage-search';

const departmentId = '0b6f3f8e-3c1d-4c0a-9a57-2f1e8d6c4b21';

describe('parseUsageSearch', () => {
  it('keeps a valid period and drops the rest', () => {
    expect(parseUsageSearch({ period: 'custom', from: '2026-09', to: '2026-11', other: 1 })).toEqual({
      period: 'custom',
      from: '2026-09',
      to: '2026-11',
    });
    expect(parseUsageSearch({ period: 'forever', from: '2026-13', to: 202611 })).toEqual({});
  });
});

describe('parseAdminUsageSearch', () => {
  it('keeps scope, department and model when valid', () => {
    expect(
      parseAdminUsageSearch({ period: 'this_year', scope: 'department', departmentId, modelId: 'gpt-4o' }),
    ).toEqual({ period: 'this_year', scope: 'department', departmentId, modelId: 'gpt-4o' });
  });

  it('refuses the self scope, a malformed department and an empty model', () => {
    expect(parseAdminUsageSearch({ scope: 'self', departmentId: 'sales', modelId: '' })).toEqual({});
  });

  it('reads a numeric model name back as text', () => {
    expect(parseAdminUsageSearch({ modelId: 123 })).toEqual({ modelId: '123' });
  });
});
