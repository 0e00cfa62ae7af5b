import { composeUserMessage } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import { canPublishExample, exampleMessages } from './example-messages';

const attachedLine = (names: string) => `(첨부: ${names})`;

describe('exampleMessages', () => {
  it('keeps complete questions and answers in order', () => {
    expect(
      exampleMessages(
        [
          { role: 'user', content: '요약해 줘', status: 'complete' },
          { role: 'assistant', content: '요약입니다.', status: 'complete' },
          { role: 'user', content: '다시', status: 'complete' },
          { role: 'assistant', content: '실패', status: 'failed' },
          { role: 'assistant', content: '중간까지', status: 'stopped' },
        ],
        attachedLine,
      ),
    ).toEqual([
      { role: 'user', content: '요약해 줘' },
      { role: 'assistant', content: '요약입니다.' },
      { role: 'user', content: '다시' },
    ]);
  });

  it('names attached files instead of copying their text', () => {
    const question = composeUserMessage('이 표를 정리해 줘', [
      { name: '예산표.xlsx', text: '비밀 숫자 123' },
    ]);
    const [first] = exampleMessages([{ role: 'user', content: question, status: 'complete' }], attachedLine);
    expect(first?.content).toBe('이 표를 정리해 줘\n\n(첨부: 예산표.xlsx)');
    expect(first?.content).not.toContain('비밀 숫자');
    const [onlyFile] = exampleMessages(
      [{ role: 'user', content: composeUserMessage('', [{ name: 'a.pdf', text: 'x' }]), status: 'complete' }],
      attachedLine,
    );
    expect(onlyFile?.content).toBe('(첨부: a.pdf)');
  });

  it('keeps at most 20 messages of at most 20,000 characters', () => {
    const many = Array.from({ length: 30 }, (_, index) => ({
      role: index % 2 === 0 ? ('user' as const) : ('assistant' as const),
      content: index === 1 ? '가'.repeat(25_000) : `메시지 ${String(index)}`,
      status: 'complete',
    }));
    const result = exampleMessages(many, attachedLine);
    expect(result).toHaveLength(20);
    expect(result[1]?.content).toHaveLength(20_000);
    expect(result[19]?.content).toBe('메시지 19');
  });
});

describe('canPublishExample', () => {
  it('needs a question and an answer', () => {
    expect(canPublishExample([{ role: 'user', content: '질문' }])).toBe(false);
    expect(
      canPublishExample([
        { role: 'user', content: '질문' },
        { role: 'assistant', content: '답' },
      ]),
    ).toBe(true);
  });
});
