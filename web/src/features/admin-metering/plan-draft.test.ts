import type { Plan } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import { emptyPlanDraft, isTermMonths, planFromDraft, planToDraft } from './plan-draft';

describe('planFromDraft', () => {
  it('reads the fee and soft cap with separators and drops repeated models', () => {
    expect(
      planFromDraft({
        ...emptyPlanDraft(),
        name: ' 생성형 AI 구독 ',
        feeText: '87,000',
        models: ['gpt-4o', ' gpt-4o', 'claude-sonnet'],
        softCapText: '150,000',
      }),
    ).toEqual({
      ok: true,
      input: {
        name: '생성형 AI 구독',
        termMonths: 3,
        feePerTerm: 87_000,
        models: ['gpt-4o', 'claude-sonnet'],
        softCapWon: 150_000,
        active: true,
      },
    });
  });

  it('treats a blank soft cap as none', () => {
    const result = planFromDraft({ ...emptyPlanDraft(), name: 'a', feeText: '0', models: ['m'] });
    expect(result.ok && result.input.softCapWon).toBeNull();
  });

  it('asks for a name, a fee, a model and a whole soft cap', () => {
    expect(planFromDraft({ ...emptyPlanDraft(), softCapText: '0.5' })).toEqual({
      ok: false,
      errors: { name: true, fee: true, models: true, softCap: true },
    });
  });
});

describe('planToDraft', () => {
  it('reads a stored plan back into the form', () => {
    const plan: Plan = {
      id: '00000000-0000-4000-8000-000000000001',
      name: '월 구독',
      termMonths: 1,
      feePerTerm: 29_000,
      models: ['gpt-4o'],
      softCapWon: null,
      active: false,
      createdAt: '2026-11-01T00:00:00Z',
      activeAssignments: 0,
    };
    const draft = planToDraft(plan);
    expect(draft).toEqual({
      name: '월 구독',
      termMonths: 1,
      feeText: '29,000',
      models: ['gpt-4o'],
      softCapText: '',
      active: false,
    });
    expect(planFromDraft(draft)).toMatchObject({ ok: true, input: { feePerTerm: 29_000, softCapWon: null } });
  });
});

describe('isTermMonths', () => {
  it('knows the allowed term lengths', () => {
    expect([1, 2, 3, 6, 12].filter(isTermMonths)).toEqual([1, 3, 6, 12]);
  });
});
