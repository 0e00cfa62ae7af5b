import { describe, expect, it } from 'vitest';
import { monthlyReportPath, usageDashboardPath } from './usage-paths';

describe('usageDashboardPath', () => {
  it('sends only the filters that are set', () => {
    expect(usageDashboardPath({ scope: 'self', from: '2026-11', to: '2026-11' })).toBe(
      '/api/usage/dashboard?scope=self&from=2026-11&to=2026-11',
    );
    expect(
      usageDashboardPath({
        scope: 'department',
        from: '2026-01',
        to: '2026-03',
        departmentId: 'd1',
        modelId: 'gpt-4o mini',
      }),
    ).toBe(
      '/api/usage/dashboard?scope=department&from=2026-01&to=2026-03&departmentId=d1&modelId=gpt-4o+mini',
    );
  });
});

describe('monthlyReportPath', () => {
  it('names month, kind and format', () => {
    expect(
      monthlyReportPath({ month: '2026-11', kind: 'user', format: 'csv', departmentId: undefined }),
    ).toBe('/api/usage/reports/monthly?month=2026-11&kind=user&format=csv');
    expect(
      monthlyReportPath({ month: '2026-11', kind: 'department', format: 'xlsx', departmentId: 'd1' }),
    ).toBe('/api/usage/reports/monthly?month=2026-11&kind=department&format=xlsx&departmentId=d1');
  });
});
