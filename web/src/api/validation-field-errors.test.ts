import { describe, expect, it } from 'vitest';
import { validationFieldErrors } from './validation-field-errors';

describe('validationFieldErrors', () => {
  it('reads request-schema paths below a prefix, nested ones with dots', () => {
    expect(
      validationFieldErrors(
        [
          { path: '/input/title', message: '제목을 입력하세요.' },
          { path: '/input/title', message: '제목은 120자 이내로 입력하세요.' },
          { path: '/content/principles/0/title', message: '원칙 제목을 입력하세요.' },
          { path: '/input/minutesBefore', message: '시간은 0분 이상이어야 합니다.' },
        ],
        '/input',
      ),
    ).toEqual({ title: '제목을 입력하세요.', minutesBefore: '시간은 0분 이상이어야 합니다.' });
    expect(
      validationFieldErrors(
        [{ path: '/content/principles/0/title', message: '원칙 제목을 입력하세요.' }],
        '/content',
      ),
    ).toEqual({ 'principles.0.title': '원칙 제목을 입력하세요.' });
  });

  it('reads a service’s own field list', () => {
    expect(
      validationFieldErrors({ fields: [{ key: 'assistantId', message: '쓸 수 없는 어시스턴트입니다.' }] }),
    ).toEqual({ assistantId: '쓸 수 없는 어시스턴트입니다.' });
  });

  it('is empty when the details say nothing usable', () => {
    expect(validationFieldErrors(undefined)).toEqual({});
    expect(validationFieldErrors({ fields: 'no' })).toEqual({});
    expect(
      validationFieldErrors([{ path: '', message: '본문이 없습니다.' }, 'text', null], '/input'),
    ).toEqual({});
  });
});
