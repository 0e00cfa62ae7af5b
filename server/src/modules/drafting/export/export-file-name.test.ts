import { describe, expect, it } from 'vitest';
import { exportFileName } from './export-file-name.js';

describe('exportFileName', () => {
  it('joins the words of the title with underscores and adds the extension', () => {
    expect(exportFileName('2026년 보도자료', 'hwpx')).toBe('2026년_보도자료.hwpx');
    expect(exportFileName("서울시, 전 직원에 생성형 AI '주무관' 도입", 'docx')).toBe(
      '서울시,_전_직원에_생성형_AI_주무관_도입.docx',
    );
  });

  it('removes path parts and characters file systems refuse', () => {
    expect(exportFileName('../../etc/passwd', 'txt')).toBe('etc_passwd.txt');
    expect(exportFileName('보고서: 1/2 <초안>? "최종"|*\u0000\u200B', 'html')).toBe(
      '보고서_1_2_초안_최종.html',
    );
    expect(exportFileName('C:\\Windows\\보고', 'hwpx')).toBe('C_Windows_보고.hwpx');
    expect(exportFileName('...숨김', 'txt')).toBe('숨김.txt');
    expect(exportFileName('con', 'txt')).toBe('문서_con.txt');
  });

  it('names a file that has nothing usable in its title 문서', () => {
    expect(exportFileName('', 'hwpx')).toBe('문서.hwpx');
    expect(exportFileName(' / .. / ', 'docx')).toBe('문서.docx');
  });

  it('keeps the name within 80 characters, cut between whole characters', () => {
    const name = exportFileName('가'.repeat(100), 'hwpx');
    expect(name).toBe(`${'가'.repeat(75)}.hwpx`);
    expect(exportFileName('😀'.repeat(100), 'docx')).toBe(`${'😀'.repeat(75)}.docx`);
  });
});
