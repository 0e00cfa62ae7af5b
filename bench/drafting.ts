import { performance } from 'node:perf_hooks';
import { exportDocx, exportHwpx, type ExportInput } from '../server/src/modules/drafting/export/index.js';
import { fixDraftText, lintDraftText } from '../server/src/modules/drafting/lint/index.js';

/**
 * npm run bench:drafting — export time of a 10-page 사업계획서 (about 400 body lines and three tables)
 * to HWPX and DOCX, and lint time of its body, on one core. Targets: export ≤ 300 ms each, lint ≤ 20 ms.
 */
const warmupRuns = 3;
const timedRuns = 20;

const hangul = Array.from('가나다라마바사아자차카타파하');

function tenPageBody(): string {
  const lines: string[] = [];
  const topics = [
    '추진 배경',
    '현황 분석',
    '목표',
    '세부 추진 과제',
    '소요 예산',
    '추진 일정',
    '기대 효과',
    '위험 관리',
    '홍보 계획',
    '향후 계획',
  ];
  topics.forEach((topic, topicIndex) => {
    lines.push(`${String(topicIndex + 1)}. ${topic}`);
    for (let item = 0; item < 6; item += 1) {
      lines.push(
        `  ${hangul[item] ?? '가'}. ${topic} 관련 ${String(item + 1)}번째 과제로 2026. 9. 1.부터 관계 부서와 협의하여 단계적으로 추진함`,
      );
      for (let detail = 0; detail < 5; detail += 1) {
        lines.push(
          `    ${String(detail + 1)}) 세부 내용: 「지방자치법」 제13조제1항에 따른 사무로서 예산 1,250,000원을 들여 14:00에 점검함`,
        );
      }
    }
    if (topicIndex % 3 === 1) {
      lines.push('| 구분 | 2026년 | 2027년 | 합계 |', '| --- | --- | --- | --- |');
      for (let row = 0; row < 8; row += 1) {
        lines.push(`| 항목 ${String(row + 1)} | 1,000,000원 | 2,000,000원 | 3,000,000원 |`);
      }
    }
  });
  lines.push('붙임  1. 세부 추진 계획 1부.', '      2. 예산 내역 1부.  끝.');
  return lines.join('\n');
}

const body = tenPageBody();
const input: ExportInput = {
  layout: 'plan',
  templateName: '사업계획서',
  document: {
    title: '2027년 생성형 AI 행정 혁신 사업 추진 계획',
    slots: { date: '2026. 11. 30.', department: '디지털정책과' },
    body,
  },
  disclosure: { visible: true, text: '이 문서는 생성형 인공지능(AI)을 활용하여 작성되었습니다.' },
  author: '홍길동',
  institution: '서울특별시',
  createdAt: new Date(),
};

async function measure(name: string, run: () => unknown): Promise<void> {
  for (let index = 0; index < warmupRuns; index += 1) await run();
  const times: number[] = [];
  for (let index = 0; index < timedRuns; index += 1) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (fraction: number) =>
    times[Math.min(times.length - 1, Math.floor(fraction * times.length))] ?? 0;
  console.log(
    `${name.padEnd(24)} median ${at(0.5).toFixed(1).padStart(7)} ms   p95 ${at(0.95).toFixed(1).padStart(7)} ms`,
  );
}

const hwpx = await exportHwpx(input);
const docx = await exportDocx(input);
console.log(
  `document: ${String(body.split('\n').length)} body lines, ${String(body.length)} characters; HWPX ${String(Math.round(hwpx.length / 1024))} KB, DOCX ${String(Math.round(docx.length / 1024))} KB`,
);
await measure('export HWPX', () => exportHwpx(input));
await measure('export DOCX', () => exportDocx(input));
await measure('lint (all rules)', () => lintDraftText(body));
await measure('fix (post-processing)', () => fixDraftText(body));
