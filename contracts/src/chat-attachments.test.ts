import { describe, expect, it } from 'vitest';
import { composeUserMessage, sendMessageRequestSchema, splitComposedMessage } from './index.js';

describe('composeUserMessage', () => {
  it('is the question itself without attachments', () => {
    expect(composeUserMessage('  요약해 줘 ')).toBe('요약해 줘');
    expect(composeUserMessage('요약해 줘', [])).toBe('요약해 줘');
  });

  it('adds each file as a delimited block after the question', () => {
    const composed = composeUserMessage('두 문서를 비교해 줘', [
      { name: '계획.hwp', text: '\n예산 1억 원\n' },
      { name: '결과.txt', text: '집행 9천만 원' },
    ]);
    expect(composed).toBe(
      '두 문서를 비교해 줘\n\n[첨부 파일: 계획.hwp]\n예산 1억 원\n[첨부 끝]\n\n[첨부 파일: 결과.txt]\n집행 9천만 원\n[첨부 끝]',
    );
    expect(splitComposedMessage(composed)).toEqual({
      content: '두 문서를 비교해 줘',
      attachments: [
        { name: '계획.hwp', characters: '예산 1억 원'.length },
        { name: '결과.txt', characters: '집행 9천만 원'.length },
      ],
    });
  });

  it('keeps names on one line and without brackets, and allows an empty question', () => {
    const composed = composeUserMessage('', [{ name: '[비공개]\n메모.txt', text: '내용' }]);
    expect(composed).toBe('[첨부 파일: 비공개 메모.txt]\n내용\n[첨부 끝]');
    expect(splitComposedMessage(composed)).toEqual({
      content: '',
      attachments: [{ name: '비공개 메모.txt', characters: 2 }],
    });
  });

  it('leaves ordinary messages alone when splitting', () => {
    expect(splitComposedMessage('[첨부 끝]으로 끝나는 질문?\n[첨부 끝]')).toEqual({
      content: '[첨부 끝]으로 끝나는 질문?\n[첨부 끝]',
      attachments: [],
    });
  });
});

describe('sendMessageRequestSchema', () => {
  it('needs a question or a file', () => {
    expect(sendMessageRequestSchema.safeParse({ content: ' ', model: 'm' }).success).toBe(false);
    expect(
      sendMessageRequestSchema.safeParse({
        content: '',
        model: 'm',
        attachments: [{ name: 'a.txt', text: '내용', internal: true }],
      }).success,
    ).toBe(true);
    const six = Array.from({ length: 6 }, () => ({ name: 'a.txt', text: 'x', internal: false }));
    expect(
      sendMessageRequestSchema.safeParse({ content: '질문', model: 'm', attachments: six }).success,
    ).toBe(false);
  });
});
