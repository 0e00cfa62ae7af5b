import { describe, expect, it } from 'vitest';
import { fixDraftText } from './fix-draft-text.js';
import { lintDraftText } from './lint-draft-text.js';

const attachmentRules = ['ATTACHMENT_SPACING', 'ATTACHMENT_NUMBERING', 'ATTACHMENT_COUNT', 'BUNIM_COLON'];
const findings = (text: string) =>
  lintDraftText(text, { rules: attachmentRules }).map((finding) => [
    finding.rule,
    finding.line,
    finding.fix?.replacement ?? null,
  ]);

describe('붙임 lines', () => {
  it('accept one attachment without a number and several numbered and aligned', () => {
    expect(findings('본문.\n\n붙임  계획서 1부.  끝.')).toEqual([]);
    expect(findings('본문.\n\n붙임  1. 계획서 1부.\n      2. 명단 1부.\n      3. 예산서 2부.  끝.')).toEqual(
      [],
    );
  });

  it('number several attachments and align the next lines under the first number', () => {
    expect(findings('붙임  계획서 1부.\n  명단 1부.  끝.')).toEqual([
      ['ATTACHMENT_NUMBERING', 1, '1. '],
      ['ATTACHMENT_NUMBERING', 2, '      2. '],
    ]);
    expect(findings('붙임  1. 계획서 1부.\n      3. 명단 1부.  끝.')).toEqual([
      ['ATTACHMENT_NUMBERING', 2, '      2. '],
    ]);
    expect(findings('붙임  1. 계획서 1부.  끝.')).toEqual([['ATTACHMENT_NUMBERING', 1, '']]);
  });

  it('want the count at the end of each attachment, and say so without a fix when there is none', () => {
    expect(findings('붙임  1. 계획서 1 부\n      2. 명단  끝.')).toEqual([
      ['ATTACHMENT_COUNT', 1, ' 1부.'],
      ['ATTACHMENT_COUNT', 2, null],
    ]);
  });

  it('leave the colon to kordoc and fix the spacing otherwise', () => {
    expect(findings('붙임:계획서 1부.  끝.')).toEqual([['BUNIM_COLON', 1, '붙임  ']]);
    expect(findings('붙 임   계획서 1부.  끝.')).toEqual([['ATTACHMENT_SPACING', 1, '붙임  ']]);
  });

  it('come out right after fixing, with 끝. after the last one', () => {
    expect(fixDraftText('본문입니다.\n\n붙임 : 계획서 1부\n2. 명단 1부')).toBe(
      '본문입니다.\n\n붙임  1. 계획서 1부.\n      2. 명단 1부.  끝.',
    );
  });
});
