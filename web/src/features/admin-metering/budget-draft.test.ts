import type { BudgetStatus } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import { budgetFromDraft, budgetToDraft, emptyBudgetDraft } from './budget-draft';

const departmentId = '00000000-0000-4000-8000-000000000001';
const userId = '00000000-0000-4000-8000-000000000002';
const apiKeyId = '00000000-0000-4000-8000-000000000003';

describe('budgetFromDraft', () => {
  it('sends only the subject of the chosen scope', () => {
    const draft = {
      ...emptyBudgetDraft(),
      name: ' 정보통신과 월 예산 ',
      departmentId,
      user: { id: userId, name: '김주무', departmentName: null },
      apiKeyId,
      amountText: '1,000,000',
    };
    expect(budgetFromDraft(draft)).toEqual({
      ok: true,
      input: {
        name: '정보통신과 월 예산',
        scope: 'department',
        departmentId,
        userId: null,
        apiKeyId: null,
        unit: 'krw',
        amount: 1_000_000,
        period: 'month',
        active: true,
      },
    });
    const forUser = budgetFromDraft({ ...draft, scope: 'user', unit: 'tokens', period: 'quarter' });
    expect(forUser.ok && forUser.input).toMatchObject({ departmentId: null, userId, apiKeyId: null });
    const forKey = budgetFromDraft({ ...draft, scope: 'api_key' });
    expect(forKey.ok && forKey.input).toMatchObject({ departmentId: null, userId: null, apiKeyId });
    const forInstitution = budgetFromDraft({ ...draft, scope: 'institution', period: 'year' });
    expect(forInstitution.ok && forInstitution.input).toMatchObject({
      departmentId: null,
      userId: null,
      apiKeyId: null,
    });
  });

  it('asks for the subject, a name and a whole positive amount', () => {
    expect(budgetFromDraft({ ...emptyBudgetDraft(), amountText: '1.5' })).toEqual({
      ok: false,
      errors: { name: true, subject: true, amount: true },
    });
    expect(budgetFromDraft({ ...emptyBudgetDraft(), name: 'x', scope: 'user', amountText: '0' })).toEqual({
      ok: false,
      errors: { subject: true, amount: true },
    });
    expect(budgetFromDraft({ ...emptyBudgetDraft(), name: 'x', scope: 'institution' })).toEqual({
      ok: false,
      errors: { amount: true },
    });
  });
});

describe('budgetToDraft', () => {
  it('reads a stored budget back into the form', () => {
    const budget: BudgetStatus = {
      id: '00000000-0000-4000-8000-000000000009',
      name: '개인 한도',
      scope: 'user',
      departmentId: null,
      userId,
      apiKeyId: null,
      subjectName: '김주무',
      unit: 'tokens',
      amount: 2_000_000,
      period: 'year',
      active: false,
      periodStart: '2026-01-01',
      renewsOn: '2027-01-01',
      spent: 10,
      reserved: 0,
      ratio: 0,
    };
    const draft = budgetToDraft(budget);
    expect(draft).toMatchObject({
      scope: 'user',
      user: { id: userId, name: '김주무' },
      departmentId: '',
      amountText: '2,000,000',
      active: false,
    });
    expect(budgetFromDraft(draft)).toMatchObject({ ok: true, input: { userId, amount: 2_000_000 } });
  });
});
