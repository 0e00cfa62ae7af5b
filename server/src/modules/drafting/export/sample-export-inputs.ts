import type { DraftDocument, TemplateLayout } from '@jumugwan/contracts';
import type { ExportInput } from './export-input.js';

/*
 * Realistic drafts for the exporters' tests, one per layout: items three levels deep, a table, 붙임 lines
 * and `끝.` as the rules write them, and the characters a Markdown reader would take for formatting.
 */

const itemsBody = `1. 관련: 디지털정책과-1234(2026. 7. 1.)
2. 직원의 생성형 AI 활용 역량을 높이고자 다음과 같이 교육을 실시하고자 합니다.
  가. 교육 개요
    1) 기간: 2026. 9. 1.(화) ~ 9. 30.(수), 부서별 2시간
    2) 대상: 본청 직원 300명(부서별 2회로 나누어 운영)
      가) 1차: 기획조정실·행정국
      나) 2차: 그 밖의 실·국
  나. 교육 일정

| 구분 | 일시 | 장소 | 인원 |
| --- | --- | --- | --- |
| 1차 | 2026. 9. 1. 14:00 | 대회의실 | 150명 |
| 2차 | 2026. 9. 8. 14:00 | 소회의실 | 150명 |

  다. 소요 예산: 금3,000,000원(금삼백만원), 「지방재정법」 제36조에 따라 집행
    ※ 강사료 단가는 *내부 기준* 적용(시간당 200,000원)
3. 협조 사항: 부서별 교육 대상자 명단을 2026. 8. 20.까지 제출하여 주시기 바랍니다.

붙임  1. 교육 운영 계획 1부.
      2. 참석 대상자 명단 1부.  끝.`;

const reportBody = `□ 추진 배경
  ○ 보고서 작성·민원 답변에 드는 시간이 늘어 업무 부담이 큼
    - 직원 1인당 주 6시간을 문서 작성에 씀(2026. 5. 설문, 1,024명)
    - 반복 문서_초안 작성이 전체의 40% 차지
□ 추진 결과
  ○ 시범 운영: 3개 부서, 2026. 6. 1. ~ 6. 30.

| 항목 | 도입 전 | 도입 후 | 비고 |
| --- | --- | --- | --- |
| 보고서 초안 | 2시간 | 10분 | ~92% 단축 |
| 민원 답변 |  | 30분 | 신규 [측정] |

  ○ 만족도: 4.5점(5점 만점)
□ 향후 계획
  ○ 2026. 11. 2.부터 전 직원 확대, MCP 연동 검토
    - 개인정보 자동 가림 기능을 먼저 적용

붙임  시범 운영 결과 1부.  끝.`;

const pressBody = `□ 서울시는 11월 2일부터 행정 전용 생성형 AI 서비스 '주무관'을 전 직원에게 제공한다고 밝혔다.
  ○ 본청과 사업소 직원 1만 명이 내부망에서 사용할 수 있다.
    - 개인정보는 외부로 나가기 전에 자동으로 가려진다.
□ 시범 운영에서 보고서 초안 작성 시간이 평균 2시간에서 1분으로 줄었다.

| 구분 | 시범 운영 | 전면 도입 |
| --- | --- | --- |
| 대상 | 300명 | 10,000명 |
| 기간 | 2026. 6. ~ 8. | 2026. 11. ~ |

□ 김○○ 디지털정책관은 "직원들이 시민을 위한 일에 더 집중할 수 있게 되기를 바랍니다"라고 말했다.

붙임  서비스 화면 1부.`;

const noticeBody = `「지능정보화 기본법」 제6조에 따라 다음과 같이 공고합니다.

1. 개요
  가. 사업명: 2026년 생성형 AI 활용 교육
  나. 대상: 관내 공무원 및 공공기관 직원
    1) 신청 자격: 재직 6개월 이상
2. 신청 방법

| 구분 | 기간 | 방법 |
| --- | --- | --- |
| 접수 | 2026. 8. 1. ~ 8. 14. | 온라인 |
| 발표 | 2026. 8. 20. | 누리집 게시 |

3. 문의: 디지털정책과(02-2133-0000)

붙임  신청서 서식 1부.  끝.`;

const minutesBody = `1. 회의 개요
  가. 일시: 2026. 7. 31.(금) 14:00
  나. 장소: 본관 3층 회의실
  다. 참석자: 디지털정책과장, 정보화팀장 외 5명
2. 논의 내용
  가. 교육 일정 확정
    1) 1차 교육은 9월 첫 주에 실시
    2) 2차 교육은 9월 둘째 주에 실시

| 안건 | 결정 사항 | 담당 |
| --- | --- | --- |
| 교육 일정 | 9월 중 2회 | 정보화팀 |
| 예산 | 300만원 | 예산팀 |

3. 향후 조치: 교육 계획 확정 후 각 부서에 알림  끝.`;

const plainBody = `1. 민원 요지
  귀하께서는 주택가 이면도로의 불법 주차 단속을 요청하셨습니다.
2. 검토 의견
  가. 「도로교통법」 제32조제1항에 따라 교차로 가장자리 5미터 이내는 주차가 금지됩니다.
    1) 현장 확인 결과(2026. 7. 28.) 상습 주차 차량 3대를 확인하였습니다.
      가) 2026. 8. 1.부터 주 2회 집중 단속을 실시하겠습니다.

| 조치 | 일정 | 비고 |
| --- | --- | --- |
| 집중 단속 | 주 2회 | 8월부터 |
| 안내판 설치 | 2026. 8. 15. | 2곳 |

3. 결론: 불편을 드려 죄송하며, 단속 결과를 다시 알려 드리겠습니다.  끝.`;

const bodies: Record<TemplateLayout, string> = {
  gian: itemsBody,
  plain: plainBody,
  minutes: minutesBody,
  notice: noticeBody,
  press: pressBody,
  report: reportBody,
  plan: reportBody.replace('추진 결과', '세부 추진 계획'),
  gaejosik: reportBody,
};

const slots: Record<TemplateLayout, DraftDocument['slots']> = {
  gian: {
    organization: '서울특별시',
    recipient: '수신자 참조',
    via: '',
    sender: '서울특별시장',
    recipients: '각 실·본부·국장',
    drafter: '주무관 홍길동',
    reviewer: '팀장 김철수',
    approver: '과장 이영희',
    documentNumber: '디지털정책과-5678',
    enforcementDate: '2026. 7. 31.',
    zipCode: '04524',
    address: '서울특별시 중구 세종대로 110',
    homepage: 'www.seoul.go.kr',
    phone: '02-2133-0000',
    fax: '02-2133-0001',
    email: 'hong@seoul.go.kr',
    disclosure: '공개',
  },
  plain: { department: '교통지도과', manager: '주무관 김민원', phone: '02-2133-1111', date: '2026. 7. 31.' },
  minutes: { date: '2026. 7. 31.', department: '디지털정책과' },
  notice: {
    noticeNumber: '서울특별시 공고 제2026-1234호',
    noticeDate: '2026. 7. 31.',
    sender: '서울특별시장',
  },
  press: {
    releaseTime: '2026. 11. 2.(월) 06:00 이후',
    distributionTime: '2026. 10. 30.(금)',
    subtitle: '- 11월부터 본청·사업소 직원 1만 명 사용\n- 개인정보 자동 가림, 내부망 전용',
    department: '디지털정책과',
    manager: '과장 이영희, 주무관 홍길동',
    phone: '02-2133-0000',
  },
  report: { date: '2026. 7. 31.', department: '디지털정책과' },
  plan: { date: '2026. 7. 31.', department: '디지털정책과' },
  gaejosik: { date: '2026. 7. 31.', department: '디지털정책과' },
};

const titles: Record<TemplateLayout, string> = {
  gian: '2026년 하반기 직원 생성형 AI 활용 교육 계획',
  plain: '불법 주차 단속 요청 민원 답변',
  minutes: '생성형 AI 교육 준비 회의록',
  notice: '2026년 생성형 AI 활용 교육 참가자 모집 공고',
  press: "서울시, 전 직원에 생성형 AI '주무관' 도입",
  report: '생성형 AI 시범 운영 결과 보고',
  plan: '생성형 AI 전면 도입 계획',
  gaejosik: '생성형 AI 시범 운영 결과(1쪽 보고)',
};

export const sampleLayouts = Object.keys(bodies) as TemplateLayout[];

export function sampleExportInput(layout: TemplateLayout, visible = true): ExportInput {
  return {
    layout,
    templateName: `${layout} 서식`,
    document: { title: titles[layout], slots: slots[layout], body: bodies[layout] },
    disclosure: { visible, text: '이 문서는 생성형 인공지능(AI)을 활용하여 작성되었습니다.' },
    author: '홍길동',
    institution: '서울특별시',
    createdAt: new Date('2026-07-31T05:00:00Z'),
  };
}
