import { describe, expect, it } from 'vitest';
import { exportText } from './export-text.js';
import { sampleExportInput } from './sample-export-inputs.js';

describe('exportText', () => {
  it('gives the 기안문 with its 두문, the body as written, the 결문 and the visible disclosure last', () => {
    const input = sampleExportInput('gian');
    const text = exportText(input);
    expect(
      text.startsWith(
        '서울특별시\n\n수신  수신자 참조\n(경유)\n제목  2026년 하반기 직원 생성형 AI 활용 교육 계획\n\n1. 관련',
      ),
    ).toBe(true);
    expect(text).toContain('    1) 기간: 2026. 9. 1.(화) ~ 9. 30.(수), 부서별 2시간\n');
    expect(text).toContain('| 구분 | 일시 | 장소 | 인원 |\n| --- | --- | --- | --- |\n| 1차 |');
    expect(text).toContain(
      '붙임  1. 교육 운영 계획 1부.\n      2. 참석 대상자 명단 1부.  끝.\n\n서울특별시장\n수신자  각 실·본부·국장',
    );
    expect(text).toContain('기안자  주무관 홍길동    검토자  팀장 김철수    결재권자  과장 이영희');
    expect(text).toContain('시행  디지털정책과-5678 (2026. 7. 31.)    접수');
    expect(text).toContain('우  04524  서울특별시 중구 세종대로 110  /  www.seoul.go.kr');
    expect(text).toContain('전화  02-2133-0000    전송  02-2133-0001  /  hong@seoul.go.kr  /  공개');
    expect(text.endsWith('\n\n이 문서는 생성형 인공지능(AI)을 활용하여 작성되었습니다.\n')).toBe(true);
  });

  it('leaves the disclosure out when it is not to be shown', () => {
    expect(exportText(sampleExportInput('gian', false))).not.toContain('생성형 인공지능(AI)을 활용');
  });

  it('gives the press header, notice number and date, and the title with date and department', () => {
    const press = exportText(sampleExportInput('press'));
    expect(
      press.startsWith(
        "보도자료\n보도 시점  2026. 11. 2.(월) 06:00 이후    배포  2026. 10. 30.(금)\n\n서울시, 전 직원에 생성형 AI '주무관' 도입\n\n- 11월부터",
      ),
    ).toBe(true);
    expect(press).toContain(
      '담당 부서  디지털정책과    담당자  과장 이영희, 주무관 홍길동    연락처  02-2133-0000',
    );
    const notice = exportText(sampleExportInput('notice'));
    expect(
      notice.startsWith('서울특별시 공고 제2026-1234호\n\n2026년 생성형 AI 활용 교육 참가자 모집 공고\n\n'),
    ).toBe(true);
    expect(notice).toContain('끝.\n\n2026. 7. 31.\n서울특별시장\n');
    expect(
      exportText(sampleExportInput('report')).startsWith(
        '생성형 AI 시범 운영 결과 보고\n2026. 7. 31.  디지털정책과\n\n□ 추진 배경',
      ),
    ).toBe(true);
    expect(exportText(sampleExportInput('plain'))).toContain(
      '끝.\n\n담당: 교통지도과 주무관 김민원 (02-2133-1111)\n',
    );
  });

  it('falls back to the template name for an untitled document', () => {
    const input = sampleExportInput('report');
    input.document = { ...input.document, title: '  ' };
    expect(exportText(input).startsWith('report 서식\n')).toBe(true);
  });
});
