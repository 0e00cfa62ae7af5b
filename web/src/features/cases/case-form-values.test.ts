import { describe, expect, it } from 'vitest';
import { caseFormProblems, caseInputFromForm, initialCaseFormValues, parseMinutes } from './case-form-values';

describe('parseMinutes', () => {
  it('reads whole minutes, with thousands separators', () => {
    expect(parseMinutes('90')).toBe(90);
    expect(parseMinutes(' 1,200 ')).toBe(1200);
    expect(parseMinutes('0')).toBe(0);
  });

  it('is null when empty and undefined when not whole minutes in range', () => {
    expect(parseMinutes('  ')).toBeNull();
    expect(parseMinutes('1.5')).toBeUndefined();
    expect(parseMinutes('-3')).toBeUndefined();
    expect(parseMinutes('한 시간')).toBeUndefined();
    expect(parseMinutes('100001')).toBeUndefined();
  });
});

describe('the case form', () => {
  it('starts empty, or from a saved case', () => {
    expect(initialCaseFormValues()).toMatchObject({ title: '', category: 'other', minutesBefore: '' });
    expect(
      initialCaseFormValues({
        title: '민원 답변 초안',
        task: '민원 답변',
        category: 'documents',
        assistantId: null,
        prompt: '',
        minutesBefore: 60,
        minutesAfter: null,
        result: '빨라졌다',
      }),
    ).toMatchObject({ minutesBefore: '60', minutesAfter: '', assistantId: '' });
  });

  it('names the fields to fix', () => {
    const values = { ...initialCaseFormValues(), task: '보고서', minutesBefore: 'abc' };
    expect(caseFormProblems(values)).toEqual({
      title: 'required',
      minutesBefore: 'minutes',
      result: 'required',
    });
  });

  it('sends trimmed text, numbers for minutes and null for no assistant', () => {
    expect(
      caseInputFromForm({
        title: ' 보도자료 ',
        task: '보도자료 작성',
        category: 'documents',
        assistantId: '',
        prompt: ' 요약해 줘 ',
        minutesBefore: '120',
        minutesAfter: '',
        result: '절반으로 줄었다',
      }),
    ).toEqual({
      title: '보도자료',
      task: '보도자료 작성',
      category: 'documents',
      assistantId: null,
      prompt: '요약해 줘',
      minutesBefore: 120,
      minutesAfter: null,
      result: '절반으로 줄었다',
    });
  });
});
