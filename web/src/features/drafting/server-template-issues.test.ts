import { describe, expect, it } from 'vitest';
import { serverTemplateIssues } from './server-template-issues';

describe('serverTemplateIssues', () => {
  it('reads path and message, the path optional', () => {
    expect(
      serverTemplateIssues({
        issues: [
          {
            path: 'fields.0.key',
            message: '필드 키는 영문 소문자로 시작하는 영문·숫자 40자 이내여야 합니다.',
          },
          { message: '제목의 {{subject}}에 해당하는 필드가 없습니다.' },
          { path: 'x' },
        ],
      }),
    ).toEqual([
      { path: 'fields.0.key', message: '필드 키는 영문 소문자로 시작하는 영문·숫자 40자 이내여야 합니다.' },
      { path: '', message: '제목의 {{subject}}에 해당하는 필드가 없습니다.' },
    ]);
  });

  it('is empty for other details', () => {
    expect(serverTemplateIssues(null)).toEqual([]);
    expect(serverTemplateIssues({ fields: [] })).toEqual([]);
  });
});
