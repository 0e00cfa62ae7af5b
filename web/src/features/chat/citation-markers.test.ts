import type { MessageCitation } from '@jumugwan/contracts';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import {
  citationsToList,
  citedNumbers,
  passageHref,
  remarkCitationMarkers,
  splitCitationMarkers,
} from './citation-markers';

function citation(number: number, overrides: Partial<MessageCitation> = {}): MessageCitation {
  return {
    number,
    chunkId: 100 + number,
    documentId: '00000000-0000-4000-8000-000000000001',
    collectionId: '00000000-0000-4000-8000-000000000002',
    documentTitle: `문서 ${String(number)}`,
    sectionPath: [],
    pageStart: null,
    quote: null,
    ...overrides,
  };
}

describe('splitCitationMarkers', () => {
  it('splits text into plain text and markers', () => {
    expect(splitCitationMarkers('출장 여비는 5일 안에 정산합니다[1]. 영수증도 냅니다[2]')).toEqual([
      { kind: 'text', text: '출장 여비는 5일 안에 정산합니다' },
      { kind: 'marker', number: 1 },
      { kind: 'text', text: '. 영수증도 냅니다' },
      { kind: 'marker', number: 2 },
    ]);
  });

  it('reads adjacent markers and groups as one marker per number', () => {
    expect(splitCitationMarkers('[1][3] 그리고 [2, 4]와 [5，6]')).toEqual([
      { kind: 'marker', number: 1 },
      { kind: 'marker', number: 3 },
      { kind: 'text', text: ' 그리고 ' },
      { kind: 'marker', number: 2 },
      { kind: 'marker', number: 4 },
      { kind: 'text', text: '와 ' },
      { kind: 'marker', number: 5 },
      { kind: 'marker', number: 6 },
    ]);
  });

  it('leaves text without markers, and brackets that are no markers, as they are', () => {
    expect(splitCitationMarkers('')).toEqual([]);
    expect(splitCitationMarkers('마커 없음')).toEqual([{ kind: 'text', text: '마커 없음' }]);
    expect(splitCitationMarkers('[가] [1a] [1234] [^1] [ 1 ]')).toEqual([
      { kind: 'text', text: '[가] [1a] [1234] [^1] [ 1 ]' },
    ]);
  });
});

describe('citedNumbers', () => {
  it('lists the cited numbers once, in order of first use', () => {
    expect(citedNumbers('가[3] 나[1][3] 다[2, 1]')).toEqual([3, 1, 2]);
  });
});

describe('citationsToList', () => {
  const candidates = [citation(1), citation(2), citation(3)];

  it('lists only the candidates cited so far while the answer streams', () => {
    expect(citationsToList('첫 문장[2]. 둘째[1', candidates, true).map((item) => item.number)).toEqual([2]);
    expect(citationsToList('아직 인용 없음', candidates, true)).toEqual([]);
  });

  it('lists the checked citations as they are once the answer settled', () => {
    expect(citationsToList('본문', candidates, false)).toBe(candidates);
  });
});

describe('passageHref', () => {
  it('links to the passage, with the quote encoded when there is one', () => {
    expect(passageHref(citation(1))).toBe('/knowledge/passages/101');
    expect(passageHref(citation(1, { quote: '' }))).toBe('/knowledge/passages/101');
    expect(passageHref(citation(1, { quote: '5일 이내 & 정산?' }))).toBe(
      '/knowledge/passages/101?quote=5%EC%9D%BC%20%EC%9D%B4%EB%82%B4%20%26%20%EC%A0%95%EC%82%B0%3F',
    );
  });
});

describe('remarkCitationMarkers', () => {
  const render = (markdown: string) =>
    renderToStaticMarkup(
      createElement(Markdown, { remarkPlugins: [remarkGfm, remarkCitationMarkers] }, markdown),
    );

  it('turns markers in text into superscripts carrying their number', () => {
    expect(render('정산 기한은 5일입니다[1][2].')).toBe(
      '<p>정산 기한은 5일입니다<sup data-citation="1">[1]</sup><sup data-citation="2">[2]</sup>.</p>',
    );
  });

  it('finds markers inside emphasis, lists and tables', () => {
    const html = render('- **중요[1]**\n\n| 항목 | 근거 |\n| --- | --- |\n| 여비 | [2] |');
    expect(html).toContain('<strong>중요<sup data-citation="1">[1]</sup></strong>');
    expect(html).toContain('<td><sup data-citation="2">[2]</sup></td>');
  });

  it('leaves code spans, code blocks and link texts alone', () => {
    const html = render('`items[1]` 참고\n\n```\nlist[2]\n```\n\n[문서 [3]](https://example.test) 끝[4]');
    expect(html).toContain('<code>items[1]</code>');
    expect(html).toContain('list[2]');
    expect(html).not.toContain('data-citation="1"');
    expect(html).not.toContain('data-citation="2"');
    expect(html).not.toContain('data-citation="3"');
    expect(html).toContain('<sup data-citation="4">[4]</sup>');
  });
});
