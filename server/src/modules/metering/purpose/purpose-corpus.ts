import type { PurposeCategory } from '@jumugwan/contracts';

export interface LabelledPrompt {
  text: string;
  purpose: PurposeCategory;
}

/**
 * Prompts as a 주무관 would type them, labelled by hand, for measuring `classifyPurpose` rather than
 * specifying it: phrased differently from the rules and from the spec table in the tests, so the accuracy
 * over it says something about unseen wording. Written by the same hands as the rules, so it is an upper
 * bound all the same.
 */
export const purposeCorpus: readonly LabelledPrompt[] = [
  // ---------------------------------------------------------------- ideas
  { text: '내년 봄 벚꽃축제에 젊은 층을 끌어들일 만한 프로그램 뭐가 있을까?', purpose: 'ideas' },
  { text: '구청 유튜브 채널 구독자를 늘리려면 어떤 콘텐츠를 올리면 좋을지 아이디어 좀 줘', purpose: 'ideas' },
  { text: '노인 일자리 사업 새 이름 후보 10개만 뽑아줘', purpose: 'ideas' },
  { text: '탄소중립 실천 캠페인 표어 공모 예시로 쓸 문장 몇 개 떠올려 줄래?', purpose: 'ideas' },
  { text: '전통시장 활성화 방안을 다섯 가지 정도 제안해 주세요', purpose: 'ideas' },
  { text: '도서관 여름방학 특강 주제로 괜찮은 거 추천해줘. 초등학생 대상이야', purpose: 'ideas' },
  { text: '주민참여예산 홍보를 색다르게 해보고 싶은데 방법 좀 같이 고민해줘', purpose: 'ideas' },
  { text: '청사 1층 로비 공간을 주민 친화적으로 바꿀 아이디어 브레인스토밍해보자', purpose: 'ideas' },
  { text: '불법 주정차 줄이는 창의적인 해결책이 있을까요?', purpose: 'ideas' },
  { text: '지역 특산물 사과를 활용한 축제 콘셉트 세 가지만 구상해줘', purpose: 'ideas' },
  { text: '직원 소통 워크숍에서 할 만한 레크리에이션 프로그램 추천 부탁드립니다', purpose: 'ideas' },
  { text: '반려동물 놀이터 개장 기념 이벤트로 뭘 하면 주민들이 좋아할까', purpose: 'ideas' },
  { text: '청년 창업 지원센터 브랜드 네임 짓는 것 좀 도와줘', purpose: 'ideas' },
  {
    text: '1인 가구 고독사 예방을 위해 동 주민센터가 할 수 있는 새로운 시책을 기획해보고 싶어',
    purpose: 'ideas',
  },
  { text: '민원실 대기시간 불만을 줄일 개선 방안 좀 생각해줘', purpose: 'ideas' },

  // ---------------------------------------------------------------- research
  { text: '공유재산 사용료 감면 근거가 되는 법 조항이 뭐야?', purpose: 'research' },
  { text: '다른 시군구에서 드론으로 불법 투기 단속한 사례가 있는지 찾아봐 줘', purpose: 'research' },
  { text: '지방보조금 정산 절차가 어떻게 되나요?', purpose: 'research' },
  { text: '청탁금지법상 공무원이 받을 수 있는 경조사비 한도가 얼마인가요', purpose: 'research' },
  { text: '전국 지자체 중 주4일제 시범 운영하는 곳 알아봐줄래', purpose: 'research' },
  { text: '정보공개청구 처리 기한이 며칠이었지?', purpose: 'research' },
  { text: '공공기관 개인정보 영향평가 대상 기준 설명해줘', purpose: 'research' },
  { text: '일본 지자체들의 인구 소멸 대응 정책 동향이 궁금합니다', purpose: 'research' },
  { text: '수의계약 가능한 금액 한도 관련 규정 좀 확인해줘', purpose: 'research' },
  { text: '긴급복지 생계지원 신청 자격 요건을 알고 싶어요', purpose: 'research' },
  { text: '지방공무원 복무규정에서 연가 사용 관련 조문 찾아줘', purpose: 'research' },
  {
    text: '우리 시 인구가 최근 5년간 어떻게 변했는지 통계청 자료 기준으로 알려줄 수 있어?',
    purpose: 'research',
  },
  { text: '스마트 가로등 도입한 해외 도시 예시 좀 조사해 주세요', purpose: 'research' },
  { text: '행정심판과 행정소송의 차이가 뭔가요?', purpose: 'research' },
  { text: '주민등록 사실조사 때 거주불명 등록 요건이 뭐였는지 기억이 안 나', purpose: 'research' },

  // ---------------------------------------------------------------- documents
  { text: '구민 체육대회 개회식 구청장 환영사 3분 분량으로 써 줘', purpose: 'documents' },
  { text: '폭염 대비 무더위쉼터 운영 관련 보도자료 초안 부탁해요', purpose: 'documents' },
  {
    text: '아래 민원에 대해 정중하게 회신할 답변서 작성해줘\n\n민원 내용: 아파트 앞 도로에 가로등이 꺼져 있어 밤에 위험합니다. 빨리 고쳐주세요.',
    purpose: 'documents',
  },
  { text: '관내 경로당 냉난방비 지원 계획을 내부결재용 기안문으로 만들어 줘', purpose: 'documents' },
  {
    text: '협조 요청 공문 문안 작성 부탁드립니다. 수신은 각 동 주민센터, 제목은 동절기 제설 대비 협조',
    purpose: 'documents',
  },
  {
    text: '다음 문장을 공문서에 맞게 다듬어줘: 이번에 저희가 행사를 하게 되었는데 많이 와주세요',
    purpose: 'documents',
  },
  { text: '자원봉사자 감사 편지 한 장짜리로 따뜻하게 써주세요', purpose: 'documents' },
  { text: '하반기 업무 추진계획 보고서 목차랑 내용 초안 잡아줘', purpose: 'documents' },
  { text: '단수 예정 안내 문자 80자 이내로 만들어줘', purpose: 'documents' },
  {
    text: '이 글 맞춤법이랑 띄어쓰기 좀 봐주세요\n공공 시설물 이용시 주의 사항을 꼭 지켜 주시기 바랍니다.',
    purpose: 'documents',
  },
  { text: '주민설명회 사회자 진행 멘트 작성해줘', purpose: 'documents' },
  { text: '출산장려금 지급 조례 일부개정조례안 개정 이유 부분 써줄래?', purpose: 'documents' },
  { text: '홈페이지에 올릴 도서관 휴관 공지글 작성 좀', purpose: 'documents' },
  { text: '외부 강사에게 보낼 강의 요청 이메일 정중하게 작성해줘', purpose: 'documents' },
  {
    text: '민원인이 화가 많이 났는데 사과하는 답변 문구를 부드럽게 고쳐줘: 규정상 불가합니다.',
    purpose: 'documents',
  },

  // ---------------------------------------------------------------- summary
  {
    text: '아래 회의 녹취를 핵심 결정사항 위주로 정리해줘\n\n과장: 예산은 다음 주까지 확정하죠. 팀장: 네, 장소는 구민회관으로 하겠습니다. 주무관: 홍보물은 이번 달 말까지 제작하겠습니다.',
    purpose: 'summary',
  },
  { text: '이 감사 결과 보고서 너무 길어서 그러는데 요점만 뽑아줄래?', purpose: 'summary' },
  {
    text: '다음 기사 세 문장으로 줄여줘\n\n시는 올해 도시재생 뉴딜 사업에 총 120억 원을 투입한다고 밝혔다. 사업은 노후 주거지 정비와 공동체 공간 조성을 포함하며...',
    purpose: 'summary',
  },
  { text: '국정감사 지적사항 문서인데 한 문단으로 간략하게 정리해 주세요', purpose: 'summary' },
  { text: '붙여넣은 연구용역 결과보고서 결론 부분만 짧게 요약 부탁', purpose: 'summary' },
  { text: '과장님께 보고드려야 해서 이 법률 개정안 주요 내용을 한눈에 보이게 추려줘', purpose: 'summary' },
  { text: '이 지침 30페이지 분량인데 우리 팀이 알아야 할 것만 간단히 알려줘', purpose: 'summary' },
  { text: 'tl;dr 부탁: 위 공청회 발언 내용', purpose: 'summary' },
  { text: '민원 게시판 글 20건 붙여넣을게. 공통된 불만 사항이 뭔지 요약해 줘', purpose: 'summary' },
  { text: '어제 간부회의 결과 한 줄 요약으로 만들어 줘', purpose: 'summary' },
  { text: '아래 용역 제안서 핵심 포인트 5개로 압축해줘', purpose: 'summary' },
  {
    text: 'Can you summarize the attached OECD report on local government digital transformation?',
    purpose: 'summary',
  },
  {
    text: '세미나 발표자료 내용이 길어서 그러는데 슬라이드별로 한두 줄씩 요약해줄 수 있어?',
    purpose: 'summary',
  },
  { text: '이 판결문 너무 어려운데 결론이 뭔지 짧게 정리해줘', purpose: 'summary' },
  { text: '주간 업무보고 취합한 거 부서별로 핵심만 간추려 주세요', purpose: 'summary' },

  // ---------------------------------------------------------------- translation
  { text: '자매도시 방문단 환영 인사 문구를 중국어로 옮겨줘', purpose: 'translation' },
  { text: '이 안내문을 베트남어, 영어 두 가지 버전으로 바꿔주세요', purpose: 'translation' },
  { text: '외국인 주민용 쓰레기 배출 안내를 쉬운 영어로 번역해 줘', purpose: 'translation' },
  {
    text: 'Please translate this into Korean: The delegation will arrive at Incheon on May 3rd.',
    purpose: 'translation',
  },
  {
    text: '일본 자매도시에서 온 편지인데 한국어로 풀어줘\n\n拝啓 新緑の候、貴市ますますご発展のこととお喜び申し上げます。',
    purpose: 'translation',
  },
  { text: '"주민센터"를 영문 표기로 뭐라고 해야 자연스러울까?', purpose: 'translation' },
  {
    text: 'What does "subject to availability" mean in this contract? 한국어로 자연스럽게 해석해줘',
    purpose: 'translation',
  },
  { text: '다음 보도자료 제목을 영어로 바꿔줘: 구, 스마트 경로당 50곳으로 확대', purpose: 'translation' },
  {
    text: '해외 바이어가 보낸 메일 내용 해석 좀 해줘\n\nDear Sir, we would like to propose a meeting regarding the expo.',
    purpose: 'translation',
  },
  { text: '몽골어로 된 민원 서류인데 우리말로 옮겨 주실 수 있나요', purpose: 'translation' },
  { text: '관광 안내 책자 문구 러시아어 번역본 만들어줘', purpose: 'translation' },
  { text: '영문 MOU 초안 받은 거 국문으로 번역해서 검토용으로 줘', purpose: 'translation' },
  { text: '이 문장 영어로 어떻게 말해? 본 사업은 시비 100%로 추진됩니다', purpose: 'translation' },
  { text: '외국인 근로자 안전교육 자료를 네팔어로 번역 가능해?', purpose: 'translation' },
  {
    text: '국제회의 명패에 들어갈 직함들 영문으로 바꿔줘: 도시계획국장, 기획예산과장, 주무관',
    purpose: 'translation',
  },

  // ---------------------------------------------------------------- data analysis
  {
    text: '최근 3년 민원 접수 건수 월별 데이터야. 계절별 패턴이 있는지 봐줘\n\n| 월 | 2022 | 2023 | 2024 |\n|---|---|---|---|\n| 1 | 320 | 340 | 365 |\n| 2 | 280 | 295 | 310 |',
    purpose: 'data_analysis',
  },
  { text: '만족도 설문 응답 300건인데 항목별 평균 점수랑 가장 낮은 항목 뽑아줘', purpose: 'data_analysis' },
  { text: '부서별 초과근무 시간 자료야. 전년 대비 얼마나 늘었는지 비교해줘', purpose: 'data_analysis' },
  { text: '관광객 수 2019~2024 추세 보고 내년 예상치 좀 추정해줘', purpose: 'data_analysis' },
  {
    text: '세출 예산 집행률을 분야별로 계산하고 낮은 순으로 정렬해줘\n일반공공행정 72%, 사회복지 88%, 문화관광 54%',
    purpose: 'data_analysis',
  },
  { text: '이 CSV 보고 연령대별 이용자 분포 어떻게 되는지 알려줘', purpose: 'data_analysis' },
  { text: '읍면동별 인구 대비 CCTV 설치 대수 비율 구해서 상위 5곳 알려줘', purpose: 'data_analysis' },
  { text: '교통사고 발생 건수랑 음주단속 횟수 사이에 관계가 있는지 봐줄 수 있어?', purpose: 'data_analysis' },
  {
    text: '아래 수치로 막대그래프 그리면 어떤 모양일지, 눈에 띄는 점 설명해줘\n2021 1,204 / 2022 1,530 / 2023 1,112',
    purpose: 'data_analysis',
  },
  { text: '공공자전거 대여 기록 데이터에서 시간대별 이용량 피크를 찾아줘', purpose: 'data_analysis' },
  { text: '작년이랑 올해 체납액 증감률 좀 뽑아 주세요. 작년 45억, 올해 39억', purpose: 'data_analysis' },
  { text: '축제 방문객 설문 결과를 성별·연령별로 교차분석 해줘', purpose: 'data_analysis' },
  { text: '복지 수급자 현황 엑셀 자료로 동별 편차가 큰 곳 파악해줘', purpose: 'data_analysis' },
  { text: '분기별 에너지 사용량 표인데 이상하게 튀는 값 있는지 점검해줘', purpose: 'data_analysis' },
  {
    text: '청년 정책 참여자 1,200명 데이터로 만족도에 영향을 주는 요인을 살펴봐줘',
    purpose: 'data_analysis',
  },

  // ---------------------------------------------------------------- coding
  { text: '엑셀에서 주민번호 앞자리로 나이 계산하는 수식 알려줘', purpose: 'coding' },
  { text: 'A열에 있는 이름이 B시트에 있는지 확인하려면 어떤 함수 써야 해?', purpose: 'coding' },
  { text: '여러 개의 엑셀 파일을 하나로 합치는 파이썬 코드 짜줘', purpose: 'coding' },
  {
    text: '이 매크로 실행하면 런타임 오류 9번이 뜨는데 왜 그래?\n\nSub 합치기()\n  Sheets("자료").Select\nEnd Sub',
    purpose: 'coding',
  },
  {
    text: '민원 테이블에서 처리기한 넘긴 건만 뽑는 쿼리 만들어줘. 컬럼은 접수일, 처리일, 기한',
    purpose: 'coding',
  },
  { text: '전화번호 형식 010-0000-0000 맞는지 검사하는 정규표현식 알려줘', purpose: 'coding' },
  {
    text: '```python\nimport pandas as pd\ndf = pd.read_excel("민원.xlsx")\nprint(df.groupby("부서").size())\n```\n여기서 KeyError 나요',
    purpose: 'coding',
  },
  { text: '구글 시트에서 매일 아침 자동으로 메일 보내는 앱스 스크립트 작성해줘', purpose: 'coding' },
  { text: '=IF(COUNTIF($B$2:$B$100,B2)>1,"중복","") 이거 무슨 뜻이야?', purpose: 'coding' },
  { text: '공공데이터포털 API로 미세먼지 정보 받아오는 예제 보여줘', purpose: 'coding' },
  { text: 'VBA로 시트 이름을 셀 값으로 한꺼번에 바꾸고 싶어', purpose: 'coding' },
  { text: '홈페이지 게시판 HTML에서 표 테두리가 안 보이는데 어떻게 고쳐?', purpose: 'coding' },
  { text: '날짜가 텍스트로 저장돼서 정렬이 안 돼. 날짜 형식으로 바꾸는 엑셀 수식 있어?', purpose: 'coding' },
  { text: 'write a python script that renames all pdf files in a folder by date', purpose: 'coding' },
  { text: 'SUMIFS로 부서별, 월별 합계 내는 식 만들어줘', purpose: 'coding' },

  // ---------------------------------------------------------------- other
  { text: '안녕? 오늘 처음 써봐', purpose: 'other' },
  { text: '고마워 덕분에 일찍 퇴근한다', purpose: 'other' },
  { text: '너는 어떤 모델이야?', purpose: 'other' },
  { text: '오늘 구내식당 말고 점심 뭐 먹지', purpose: 'other' },
  { text: '   ', purpose: 'other' },
  { text: '...', purpose: 'other' },
  { text: 'ㅋㅋㅋ 그렇구나', purpose: 'other' },
  { text: '재밌는 농담 하나 해줘', purpose: 'other' },
  { text: '음', purpose: 'other' },
  { text: '테스트입니다', purpose: 'other' },

  // ---------------------------------------------------------------- mixed: the requested action decides
  { text: '다음 보도자료를 영어로 번역하고 나서 세 줄 요약도 붙여줘', purpose: 'summary' },
  { text: '이 조례 요약해서 주민 안내문으로 써줘', purpose: 'documents' },
  { text: '설문 결과 분석한 내용을 바탕으로 결과 보고서 작성해줘', purpose: 'documents' },
  {
    text: '엑셀 데이터 붙여넣을 테니 월별 평균 내주고 그래프는 어떤 게 좋을지 추천해줘',
    purpose: 'data_analysis',
  },
  { text: '다른 지자체 사례 참고해서 우리 구 축제 아이디어 내줘', purpose: 'ideas' },
  { text: '보도자료 쓰는 요령 알려줘', purpose: 'documents' },
  { text: '영문 초청장 작성해줘. 행사는 10월 서울 국제 도시포럼이야', purpose: 'documents' },
  { text: '[이름_1] 주무관이 보낸 [이메일_1] 메일 내용 세 줄로 정리', purpose: 'summary' },
  { text: '민원 통계 표 만들려는데 피벗테이블 만드는 순서 알려줘', purpose: 'data_analysis' },
  {
    text: '이 파이썬 코드가 뭘 하는 건지 한국어로 설명해줘\n\nfor row in rows:\n    total += row["금액"]',
    purpose: 'coding',
  },
];
