import { describe, expect, it } from 'vitest';
import { purposeCategories, type PurposeCategory } from '@jumugwan/contracts';
import { classifyPurpose } from './classify-purpose.js';
import { purposeCorpus } from './purpose-corpus.js';

/** The specification: every prompt here must be classified as labelled. */
const specification: readonly [string, PurposeCategory][] = [
  // ideas
  ['가을 구민 한마당 축제 아이디어 좀 내줘', 'ideas'],
  ['청년 창업 지원사업 이름 지어줘. 세련된 느낌으로', 'ideas'],
  ['자전거 도로 이용 활성화 방안 제시해 주세요', 'ideas'],
  ['금연 캠페인 슬로건 5개 만들어줘', 'ideas'],
  ['주민 참여형 환경 정화 행사 기획 좀 도와줘', 'ideas'],
  ['어린이날 구청 앞마당 이벤트로 뭐가 좋을까?', 'ideas'],
  ['경로당 어르신들이 좋아할 만한 프로그램 추천해줘', 'ideas'],
  ['공무원 조직문화 개선을 위한 참신한 시책 브레인스토밍해줘', 'ideas'],
  ['Give me some ideas for a recycling campaign at city hall', 'ideas'],

  // research
  ['지방계약법상 수의계약 요건 알려줘', 'research'],
  ['타 지자체 출산장려금 지원 사례 조사해줘', 'research'],
  ['공유재산 대부료 산정 근거 법령이 뭐야?', 'research'],
  ['정보공개 청구 처리 절차가 어떻게 되나요?', 'research'],
  ['전국 공공 와이파이 설치 현황 찾아줘', 'research'],
  ['주민등록 전입신고 기한이 며칠이야', 'research'],
  ['노인장기요양보험 등급 판정 기준 설명해줘', 'research'],
  ['해외 도시들의 스마트시티 정책 동향 알아봐줘', 'research'],
  ['What is participatory budgeting?', 'research'],

  // documents
  ['어르신 일자리 박람회 개최 보도자료 작성해줘', 'documents'],
  ['시장님 신년 인사말 써줘', 'documents'],
  ['체육대회 개회식 축사 초안 부탁해', 'documents'],
  ['도로 보수공사 협조 요청 공문 기안문 만들어줘', 'documents'],
  ['민원 답변서 작성해 주세요. 내용은 가로수 가지치기 요청입니다', 'documents'],
  ['상반기 업무 추진 결과 보고서 써줘', 'documents'],
  ['이 문장 공문서 형식으로 다듬어줘: 다음 주에 회의 있으니까 오세요', 'documents'],
  ['맞춤법 검사해줘: 회의 결과를 알려 드릴께요', 'documents'],
  ['영어 보도자료 작성해줘. 주제는 국제 자매도시 교류 행사', 'documents'],
  ['Draft an email inviting partner cities to our expo', 'documents'],

  // summary
  ['이 보도자료를 세 줄로 요약해줘', 'summary'],
  ['다음 회의록 핵심만 정리해줘', 'summary'],
  ['아래 기사 간추려 줘', 'summary'],
  ['위 내용 3줄 요약', 'summary'],
  ['이 보고서 요점만 알려줘', 'summary'],
  ['첨부한 연구보고서 결론을 한 문단으로 짧게 줄여줘', 'summary'],
  ['감사 지적사항 요약본 만들어 주세요', 'summary'],
  ['Summarize this memo in three bullet points', 'summary'],

  // translation
  ['이 공문을 영어로 번역해줘', 'translation'],
  ['안내문 일본어로 바꿔줘', 'translation'],
  ['다음 문장 중국어로 번역 부탁드립니다', 'translation'],
  ['외국인 주민 대상 안내문 베트남어 번역', 'translation'],
  ['이 영문 이메일 한국어로 해석해줘', 'translation'],
  ['다음 내용을 영어로 작성해줘: 우리 구는 국제 교류를 확대하고 있습니다', 'translation'],
  ['translate this to Korean: We look forward to your visit.', 'translation'],
  ['자매결연 협정서 영문으로 옮겨 주세요', 'translation'],

  // data analysis
  ['엑셀 자료로 월별 민원 건수 추이 분석해줘', 'data_analysis'],
  ['아래 표 보고 전년 대비 증감률 계산해줘', 'data_analysis'],
  ['부서별 예산 집행률 평균 내줘', 'data_analysis'],
  ['설문조사 결과 데이터 분석 부탁해', 'data_analysis'],
  ['인구 변화 그래프로 시각화해 줘', 'data_analysis'],
  ['지난 5년 교통사고 통계 데이터에서 상관관계 분석해줘', 'data_analysis'],
  ['연령대별 응답 비율 표로 분석해줘', 'data_analysis'],
  [
    '다음 데이터에서 증가율이 가장 높은 동을 알려줘\n| 동 | 2023 | 2024 |\n|---|---|---|\n| 가동 | 1200 | 1350 |\n| 나동 | 980 | 1105 |',
    'data_analysis',
  ],

  // coding
  ['엑셀에서 중복 값 찾는 함수 알려줘', 'coding'],
  ['VLOOKUP 수식이 #N/A 나오는 이유가 뭐야', 'coding'],
  ['민원 처리 현황 집계하는 SQL 쿼리 짜줘', 'coding'],
  ['폴더 안 한글 파일 이름 바꾸는 파이썬 코드 만들어줘', 'coding'],
  ['VBA 매크로로 시트 여러 개 합치는 방법', 'coding'],
  ['주민등록번호 형식 검사하는 정규식 작성해줘', 'coding'],
  [
    '```js\nconst total = rows.reduce((sum, row) => sum + row.amount, 0);\n```\n이거 왜 NaN이 나와?',
    'coding',
  ],
  ['이 코드 설명해줘: print(sum(x for x in range(10)))', 'coding'],
  ['Write a Python function that validates Korean phone numbers', 'coding'],

  // other
  ['안녕하세요', 'other'],
  ['고마워요!', 'other'],
  ['너는 누구야?', 'other'],
  ['오늘 날씨 어때?', 'other'],
  ['점심 메뉴 추천해줘', 'other'],
  ['', 'other'],
  ['   \n\t ', 'other'],
  ['ㅎㅎ', 'other'],

  // mixed: the requested action wins over the object it acts on
  ['이 보도자료를 영어로 번역한 다음 세 줄로 요약해줘', 'summary'],
  ['회의 내용을 요약해서 영어로 번역해줘', 'translation'],
  ['이 보고서 요약해서 결과 보고서로 작성해줘', 'documents'],
  ['영어 인사말 써줘', 'documents'],
  ['엑셀 데이터 분석하는 파이썬 코드 짜줘', 'coding'],
  ['축제 아이디어 담은 기획안 작성해줘', 'documents'],
  ['조례 제정 절차를 정리해줘', 'research'],
  ['회의록으로 정리해줘', 'documents'],
  ['설문 결과 분석해서 개선 방안 제안해줘', 'ideas'],
  ['[이름_1] 민원인의 [주민등록번호_1] 관련 민원 요약해줘', 'summary'],
];

describe('classifyPurpose', () => {
  it.each(specification)('%s → %s', (text, purpose) => {
    expect(classifyPurpose(text)).toBe(purpose);
  });

  it('classifies every prompt of the specification as labelled', () => {
    const misses = specification.filter(([text, purpose]) => classifyPurpose(text) !== purpose);
    expect(misses).toEqual([]);
    for (const category of purposeCategories) {
      expect(specification.filter(([, purpose]) => purpose === category).length).toBeGreaterThanOrEqual(8);
    }
  });

  it('reads the instruction after a long paste, not the words inside it', () => {
    const pasted = '구는 올해 보도자료를 작성하여 배포하였으며 번역 지원 사업도 추진하였다. '.repeat(80);
    expect(classifyPurpose(`${pasted}\n\n위 내용을 세 줄로 요약해줘`)).toBe('summary');
    expect(classifyPurpose(`아래 글을 영어로 번역해 주세요.\n\n${pasted}`)).toBe('translation');
  });

  it('ignores the code inside fences, but counts the fence itself', () => {
    const code = '```\n// 보도자료 요약 번역\nconst summary = translate(text);\n```';
    expect(classifyPurpose(code)).toBe('coding');
    const longCode = `\`\`\`\n${'let value = 1; // 보도자료 작성\n'.repeat(100)}\`\`\`\n이 코드 어디가 틀렸어?`;
    expect(classifyPurpose(longCode)).toBe('coding');
  });

  it('reads full-width letters as their ASCII forms', () => {
    expect(classifyPurpose('ＳＱＬ 쿼리 짜줘')).toBe('coding');
  });
});

describe('purpose corpus', () => {
  it('has at least 120 labelled prompts, none of them a copy of the specification', () => {
    expect(purposeCorpus.length).toBeGreaterThanOrEqual(120);
    const specified = new Set(specification.map(([text]) => text));
    expect(purposeCorpus.filter(({ text }) => specified.has(text))).toEqual([]);
  });

  it('is classified with accuracy ≥ 0.85', () => {
    const confusion = new Map<PurposeCategory, Map<PurposeCategory, number>>();
    const misses: string[] = [];
    let correct = 0;
    for (const { text, purpose } of purposeCorpus) {
      const classified = classifyPurpose(text);
      const row = confusion.get(purpose) ?? new Map<PurposeCategory, number>();
      row.set(classified, (row.get(classified) ?? 0) + 1);
      confusion.set(purpose, row);
      if (classified === purpose) correct++;
      else misses.push(`${purpose} → ${classified}: ${text.slice(0, 60).replaceAll('\n', ' ')}`);
    }
    const accuracy = correct / purposeCorpus.length;
    const summary = [...confusion]
      .map(
        ([purpose, row]) =>
          `${purpose}: ${[...row].map(([classified, count]) => `${classified} ${count}`).join(', ')}`,
      )
      .join('\n');
    expect(
      accuracy,
      `accuracy ${accuracy.toFixed(3)}\n${summary}\n\nmisses:\n${misses.join('\n')}`,
    ).toBeGreaterThanOrEqual(0.85);
  });
});
