import { describe, expect, it } from 'vitest';
import { analyzeForIndex, analyzeQuery, maximumTokenLength } from './korean-analyzer.js';

/** How many of the query's tokens a document holds, each counted once: enough to compare two documents. */
function matchedQueryTokens(query: string, document: string): number {
  const documentTokens = new Set(analyzeForIndex(document));
  return analyzeQuery(query).filter((token) => documentTokens.has(token)).length;
}

describe('analyzeForIndex', () => {
  it('gives Hangul syllable bigrams and the word without its particles', () => {
    expect(analyzeForIndex('보조금을 신청')).toEqual(['보조금', '보조', '조금', '신청']);
  });

  it('gives a one-syllable word as a unigram', () => {
    expect(analyzeForIndex('법 및 령')).toEqual(['법', '및', '령']);
  });

  it('strips particles and endings from every word', () => {
    const tokens = analyzeForIndex('교부신청서는 서울시에서 지방자치단체의 경우에는 지원하여야 한다');
    expect(tokens).toEqual(expect.arrayContaining(['교부신청서', '서울시', '지방자치단체', '경우', '지원']));
    expect(tokens).not.toContain('교부신청서는');
    expect(tokens).not.toContain('서울시에서');
  });

  it('keeps both forms where the last syllable may be the noun’s own', () => {
    expect(analyzeForIndex('위원회의')).toEqual(['위원회의', '위원회', '위원', '원회', '회의']);
    expect(analyzeForIndex('경기도가')).toEqual(['경기도', '경기', '기도']);
  });

  it('drops particles left alone by punctuation', () => {
    expect(analyzeForIndex('「보조금법」에 따른 ‘지원사업’을')).toEqual([
      '보조금법',
      '보조',
      '조금',
      '금법',
      '따른',
      '지원사업',
      '지원',
      '원사',
      '사업',
    ]);
  });

  it('removes Markdown punctuation and table pipes', () => {
    expect(analyzeForIndex('## **보조금** | 구분 | 금액 |\n| --- | --- |\n> - [링크](#a)')).toEqual([
      '보조금',
      '보조',
      '조금',
      '구분',
      '금액',
      '링크',
      'a',
    ]);
  });

  it('normalises full-width characters and case (NFKC, lower-case)', () => {
    expect(analyzeForIndex('ＧＰＴ－４ｏ ISO Ｐｙｔｈｏｎ')).toEqual(analyzeForIndex('gpt-4o iso python'));
    expect(analyzeForIndex('ISO')).toEqual(['iso']);
  });

  it('keeps Latin words and numbers, and joined words whole and in pieces', () => {
    expect(analyzeForIndex('GPT-4o 2025 ISO')).toEqual(['gpt-4o', 'gpt', '4o', '2025', 'iso']);
    expect(analyzeForIndex('ISO를 도입')).toEqual(['iso', '도입']);
    expect(analyzeForIndex('hong@korea.kr')).toEqual(['hong@korea.kr', 'hong', 'korea', 'kr']);
  });

  it('gives statute references whole, and an article branch also its article', () => {
    expect(analyzeForIndex('제10조의2(보조금의 교부)')).toEqual([
      '제10조의2',
      '제10조',
      '보조금',
      '보조',
      '조금',
      '교부',
    ]);
    expect(analyzeForIndex('제10조의2제1항제3호에 따라')).toEqual([
      '제10조의2',
      '제10조',
      '제1항',
      '제3호',
      '따라',
    ]);
    expect(analyzeForIndex('제3조에 제2장의 제 5 조')).toEqual(['제3조', '제2장', '제5조']);
  });

  it('ranks the article a query names above another article of the same number', () => {
    const branchArticle = '제10조의2(보조금의 교부) 시장은 보조금을 교부한다.';
    const mainArticle = '제10조(보조금의 신청) 보조사업자는 신청서를 낸다.';
    expect(matchedQueryTokens('제10조의2', branchArticle)).toBeGreaterThan(
      matchedQueryTokens('제10조의2', mainArticle),
    );
    expect(matchedQueryTokens('제10조', mainArticle)).toBe(1);
    expect(matchedQueryTokens('제10조', branchArticle)).toBe(1);
  });

  it('gives dates in any of the usual spellings the same date tokens', () => {
    const expected = ['2025-07', '2025-07-31'];
    expect(analyzeForIndex('2025. 7. 31.')).toEqual([...expected, '2025', '7', '31']);
    expect(analyzeForIndex('2025-07-31')).toEqual(expect.arrayContaining(expected));
    expect(analyzeForIndex('2025년 7월 31일까지')).toEqual(
      expect.arrayContaining([...expected, '2025년', '7월']),
    );
    expect(analyzeForIndex('2025. 13. 1.')).not.toContain('2025-13');
  });

  it('reads amounts with thousands separators and units', () => {
    expect(analyzeForIndex('1,000만원을')).toEqual(['1000만원', '1000', '만원']);
    expect(analyzeForIndex('3,500,000원')).toEqual(['3500000원', '3500000']);
    expect(matchedQueryTokens('1000만원', '최대 1,000만원 이내')).toBe(3);
  });

  it('does not glue a circled paragraph number onto the next word', () => {
    expect(analyzeForIndex('①보조금은')).toEqual(['1', '보조금', '보조', '조금']);
  });

  it('treats the Korean middle dot and jamo list markers as separators', () => {
    expect(analyzeForIndex('시ㆍ도 ㄱ. 시·군')).toEqual(['시', '도', '시', '군']);
  });

  it('bounds token length and never yields empty or spaced tokens', () => {
    const longWord = 'a'.repeat(100);
    const longHangul = '가나다라마바사아자차카타파하'.repeat(5);
    const tokens = analyzeForIndex(`${longWord} ${longHangul} 😀😀 \u3000 \t ... ||| 🇰🇷`);
    expect(tokens[0]).toBe('a'.repeat(maximumTokenLength));
    for (const token of tokens) {
      expect(token.length).toBeGreaterThan(0);
      expect(token.length).toBeLessThanOrEqual(maximumTokenLength);
      expect(token).not.toMatch(/\s/);
    }
  });

  it('returns nothing for text without letters or digits', () => {
    expect(analyzeForIndex('')).toEqual([]);
    expect(analyzeForIndex(' | --- | ** ## > ')).toEqual([]);
  });

  it('keeps repeats, for term frequency', () => {
    expect(analyzeForIndex('보조금 보조금').filter((token) => token === '보조금')).toHaveLength(2);
  });
});

describe('analyzeQuery', () => {
  it('gives distinct tokens in first-seen order', () => {
    expect(analyzeQuery('보조금 보조금을 조금')).toEqual(['보조금', '보조', '조금']);
  });

  it('matches documents whatever their particles', () => {
    const document = '지방자치단체의 장은 보조금교부신청서를 받으면 위원회의 심의를 거쳐야 한다.';
    for (const query of ['지방자치단체가', '위원회 심의를', '보조금교부신청서']) {
      expect(matchedQueryTokens(query, document), query).toBe(analyzeQuery(query).length);
    }
  });

  it('matches a compound written with spaces through its bigrams only', () => {
    const documentTokens = new Set(analyzeForIndex('보조금교부신청서를 제출한다'));
    const queryTokens = analyzeQuery('보조금 교부 신청서');
    expect(queryTokens.filter((token) => !documentTokens.has(token))).toEqual(['보조금', '신청서']);
  });
});

describe('analyzer speed', () => {
  it('analyses 10 MB of Korean text', () => {
    const sentences = [
      '제10조의2(보조금의 교부) ① 시장은 보조사업자가 제출한 교부신청서를 검토하여 2025. 7. 31.까지 보조금을 교부하여야 한다.',
      '지방자치단체의 장은 사업계획서에 따라 1,000만원 이내에서 지원할 수 있으며, 세부 기준은 위원회의 심의를 거쳐 정한다.',
      '| 구분 | 사업명 | 예산(백만원) | 비고 |',
      '□ 추진 배경: 디지털 전환에 대응하여 GPT-4o 등 생성형 AI를 업무에 활용하는 방안을 마련함.',
      '가. 신청 대상: 서울특별시 및 경기도 소재 중소기업으로서 최근 3년간 매출액이 100억원 미만인 기업',
      '민원인이 요청하는 경우에는 담당 공무원은 처리기한 내에 결과를 통지하고, 필요한 때에는 보완을 요구할 수 있다.',
    ];
    const chunks: string[] = [];
    let bytes = 0;
    for (let index = 0; bytes < 10 * 1024 * 1024; index += 1) {
      const parts: string[] = [];
      let length = 0;
      for (let sentence = index; length < 600; sentence += 1) {
        const text = `${sentences[sentence % sentences.length] ?? ''} ${sentence}호`;
        parts.push(text);
        length += text.length + 1;
      }
      const chunk = parts.join(' ');
      chunks.push(chunk);
      bytes += Buffer.byteLength(chunk);
    }
    analyzeForIndex(chunks[0] ?? ''); // warm up
    const started = performance.now();
    let tokenCount = 0;
    for (const chunk of chunks) tokenCount += analyzeForIndex(chunk).length;
    const milliseconds = performance.now() - started;
    const characters = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
    console.log(
      `analyzeForIndex: ${chunks.length} chunks, ${(bytes / 1024 / 1024).toFixed(1)} MB UTF-8, ` +
        `${characters} characters, ${tokenCount} tokens in ${milliseconds.toFixed(0)} ms`,
    );
    expect(tokenCount).toBeGreaterThan(0);
  });
});
