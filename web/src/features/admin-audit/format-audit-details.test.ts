import { describe, expect, it } from 'vitest';
import { formatAuditDetails } from './format-audit-details';

describe('formatAuditDetails', () => {
  it('puts flat facts on one line', () => {
    expect(formatAuditDetails({})).toBe('');
    expect(
      formatAuditDetails({
        reason: 'wrong_password',
        modelIds: ['a', 'b'],
        fallbacks: [],
        counts: { rrn: 2, phone: 1 },
        firstVisit: true,
        allowedModels: null,
      }),
    ).toBe(
      'reason: wrong_password · modelIds: a, b · fallbacks: — · counts: rrn 2, phone 1 · firstVisit: true · allowedModels: —',
    );
  });
});
