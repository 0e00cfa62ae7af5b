import { describe, expect, it } from 'vitest';
import { draftFrameOf } from './draft-frame.js';
import { kordocGongmunOptionsOf } from './kordoc-gongmun-options.js';
import { pageStyleOf } from './page-style.js';
import { sampleExportInput } from './sample-export-inputs.js';

function optionsOf(
  layout: Parameters<typeof sampleExportInput>[0],
): ReturnType<typeof kordocGongmunOptionsOf> {
  return kordocGongmunOptionsOf(draftFrameOf(sampleExportInput(layout)), pageStyleOf(layout));
}

describe('kordocGongmunOptionsOf', () => {
  it('keeps kordoc from adding 끝., renumbering, squeezing or adding a cover, and passes our page', () => {
    expect(optionsOf('report')).toMatchObject({
      preset: 'report',
      endMark: false,
      autoFit: false,
      cover: false,
      toc: false,
      bodyFont: 'myeongjo',
      bodyPt: 15,
      margins: { top: 13, bottom: 13, left: 18, right: 18 },
      pageNumbers: true,
    });
  });

  it('fills the 기안문 두문 and 결문 from the slots', () => {
    expect(optionsOf('gian')).toMatchObject({
      preset: 'official',
      docHead: {
        org: '서울특별시',
        to: '수신자 참조',
        via: '',
        title: '2026년 하반기 직원 생성형 AI 활용 교육 계획',
      },
      docFoot: {
        sender: '서울특별시장',
        drafter: '주무관 홍길동',
        reviewer: '팀장 김철수',
        approver: '과장 이영희',
        recipients: '각 실·본부·국장',
        docNum: '디지털정책과-5678 (2026. 7. 31.)',
        zip: '04524',
        address: '서울특별시 중구 세종대로 110',
        site: 'www.seoul.go.kr',
        phone: '02-2133-0000',
        fax: '02-2133-0001',
        email: 'hong@seoul.go.kr',
        disclosure: '공개',
      },
    });
  });

  it('fills the press header box and the notice head, and takes the institution when 기관명 is empty', () => {
    expect(optionsOf('press').press).toEqual({
      release: '2026. 11. 2.(월) 06:00 이후',
      distribute: '2026. 10. 30.(금)',
      sub: ['11월부터 본청·사업소 직원 1만 명 사용', '개인정보 자동 가림, 내부망 전용'],
      contact: { dept: '디지털정책과', manager: '과장 이영희, 주무관 홍길동', phone: '02-2133-0000' },
    });
    expect(optionsOf('notice').noticeHead).toEqual({
      no: '서울특별시 공고 제2026-1234호',
      date: '2026. 7. 31.',
      sender: '서울특별시장',
    });
    const input = sampleExportInput('gian');
    input.document = { ...input.document, slots: {} };
    expect(kordocGongmunOptionsOf(draftFrameOf(input), pageStyleOf('gian')).docHead?.org).toBe('서울특별시');
  });
});
