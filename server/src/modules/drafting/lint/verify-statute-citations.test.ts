import { describe, expect, it } from 'vitest';
import { findStatuteCitations } from './find-statute-citations.js';
import { markUnverifiedCitations } from './mark-unverified-citations.js';
import { parseStatuteArticles } from './parse-statute-articles.js';
import { roadTrafficAct, roadTrafficDecree } from './statute-test-texts.js';
import { verifyStatuteCitations } from './verify-statute-citations.js';

const provided = [roadTrafficAct, roadTrafficDecree];
const verify = (text: string) => verifyStatuteCitations(text, provided);

describe('parseStatuteArticles', () => {
  it('splits a statute text at its article headings, at line starts and after sentences', () => {
    expect([...parseStatuteArticles(roadTrafficAct.text).keys()]).toEqual(['제5조', '제32조', '제33조']);
    const decree = parseStatuteArticles(roadTrafficDecree.text);
    expect([...decree.keys()]).toEqual(['제10조', '제10조의2']);
    expect(decree.get('제10조의2')).toBe(
      '제10조의2(어린이 보호구역) ① 시장등은 어린이 보호구역을 지정한다. ② 제1항의 절차는 행정안전부령으로 정한다.',
    );
  });

  it('does not take references inside an article for headings', () => {
    const articles = parseStatuteArticles(
      '제1조(목적) 이 법은 제2조에 따른 사항을 정한다. 제3조 및 제4조를 준용한다.\n제2조 삭제',
    );
    expect([...articles.keys()]).toEqual(['제1조', '제2조']);
  });

  it('keeps both texts of an article given twice', () => {
    expect(parseStatuteArticles('제1조(목적) 가\n제1조(목적) 나').get('제1조')).toBe(
      '제1조(목적) 가\n제1조(목적) 나',
    );
  });
});

describe('verifyStatuteCitations', () => {
  it('verifies a citation whose article (and 항, 호) is in the provided text', () => {
    expect(verify('「도로교통법」 제32조제2호와 「도로교통법」 제5조제2항에 따라')).toEqual([
      {
        citation: '「도로교통법」 제32조제2호',
        statute: '도로교통법',
        article: '제32조제2호',
        verified: true,
        reason: null,
      },
      {
        citation: '「도로교통법」 제5조제2항',
        statute: '도로교통법',
        article: '제5조제2항',
        verified: true,
        reason: null,
      },
    ]);
  });

  it('says when the statute was not provided', () => {
    expect(verify('「건축법」 제3조')).toEqual([
      {
        citation: '「건축법」 제3조',
        statute: '건축법',
        article: '제3조',
        verified: false,
        reason: '제공된 법령에 「건축법」이 없습니다.',
      },
    ]);
    expect(verify('「지방자치단체 조례」 제3조')[0]?.reason).toBe(
      '제공된 법령에 「지방자치단체 조례」가 없습니다.',
    );
  });

  it('says when the article is not in the provided text', () => {
    expect(verify('「도로교통법」 제99조')[0]).toMatchObject({
      verified: false,
      reason: '「도로교통법」 제99조는 제공된 조문에 없습니다.',
    });
    expect(verify('「도로교통법」 제10조의3')[0]?.reason).toBe(
      '「도로교통법」 제10조의3은 제공된 조문에 없습니다.',
    );
  });

  it('says when the cited 항 or 호 is missing from the article', () => {
    expect(verify('「도로교통법」 제5조제3항')[0]?.reason).toBe('「도로교통법」 제5조에 제3항이 없습니다.');
    expect(verify('「도로교통법」 제33조제1항')[0]?.reason).toBe('「도로교통법」 제33조에 제1항이 없습니다.');
    // 6 of <개정 2020. 6. 9.> is not item 6.
    expect(verify('「도로교통법」 제32조제6호')[0]?.reason).toBe('「도로교통법」 제32조에 제6호가 없습니다.');
  });

  it('resolves 같은 법, 같은 법 시행령 and 같은 조 to the citation before', () => {
    const checks = verify(
      '「도로교통법」 제5조제1항 및 같은 조 제2항, 같은 법 제32조, 같은 법 시행령 제10조의2제2항, 같은 조 제3항',
    );
    expect(
      checks.map(({ citation, statute, article, verified }) => [citation, statute, article, verified]),
    ).toEqual([
      ['「도로교통법」 제5조제1항', '도로교통법', '제5조제1항', true],
      ['같은 조 제2항', '도로교통법', '제5조제2항', true],
      ['같은 법 제32조', '도로교통법', '제32조', true],
      ['같은 법 시행령 제10조의2제2항', '도로교통법 시행령', '제10조의2제2항', true],
      ['같은 조 제3항', '도로교통법 시행령', '제10조의2제3항', false],
    ]);
    expect(checks[4]?.reason).toBe('「도로교통법 시행령」 제10조의2에 제3항이 없습니다.');
  });

  it('reads the next articles of a list as citing the same statute and article', () => {
    expect(
      verify('「도로교통법」 제5조제1항 및 제2항, 제32조부터 제33조까지').map(
        ({ citation, article, verified }) => [citation, article, verified],
      ),
    ).toEqual([
      ['「도로교통법」 제5조제1항', '제5조제1항', true],
      ['제2항', '제5조제2항', true],
      ['제32조', '제32조', true],
      ['제33조', '제33조', true],
    ]);
  });

  it('cannot resolve 같은 법 with nothing before it', () => {
    expect(verify('같은 법 제5조')).toEqual([
      {
        citation: '같은 법 제5조',
        statute: '',
        article: '제5조',
        verified: false,
        reason: '앞에 인용한 법령이 없어 어느 조문을 가리키는지 알 수 없습니다.',
      },
    ]);
  });

  it('finds citations without 「」, including names of several words the user provided', () => {
    const checks = verifyStatuteCitations(
      '도로교통법 제32조, 개인정보 보호법 제2조 및 제3조, 도로교통법시행령 제10조',
      [
        ...provided,
        { name: '개인정보 보호법', text: '제2조(정의) 이 법에서 사용하는 용어의 뜻은 다음과 같다.' },
      ],
    );
    expect(checks.map(({ citation, statute, verified }) => [citation, statute, verified])).toEqual([
      ['도로교통법 제32조', '도로교통법', true],
      ['개인정보 보호법 제2조', '개인정보 보호법', true],
      ['제3조', '개인정보 보호법', false],
      ['도로교통법시행령 제10조', '도로교통법시행령', true],
    ]);
  });

  it('checks branch articles (조의2) apart from their main article', () => {
    expect(
      verify('「도로교통법 시행령」 제10조의2제1항, 「도로교통법 시행령」 제10조제2항').map(
        (check) => check.verified,
      ),
    ).toEqual([true, false]);
  });

  it('ignores article numbers that cite no statute', () => {
    expect(findStatuteCitations('제3조에 따라 이 법 제5조를 적용하고 3조 원을 투입')).toEqual([]);
  });
});

describe('markUnverifiedCitations', () => {
  it('appends [확인 필요] after each unverified citation, once', () => {
    const text =
      '「도로교통법」 제32조와 「도로교통법」 제99조, 「건축법」 제3조에 따라 「도로교통법」 제99조를 다시 봅니다.';
    const checks = verify(text);
    const marked = markUnverifiedCitations(text, checks);
    expect(marked).toBe(
      '「도로교통법」 제32조와 「도로교통법」 제99조 [확인 필요], 「건축법」 제3조 [확인 필요]에 따라 「도로교통법」 제99조 [확인 필요]를 다시 봅니다.',
    );
    expect(markUnverifiedCitations(marked, verify(marked))).toBe(marked);
  });

  it('leaves text with every citation verified as it is', () => {
    const text = '「도로교통법」 제32조에 따라';
    expect(markUnverifiedCitations(text, verify(text))).toBe(text);
  });
});
