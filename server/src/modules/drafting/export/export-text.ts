import { draftBodyText } from './draft-body-text.js';
import { draftFrameOf, gianFootLines, gianHeadLines, type DraftFrame } from './draft-frame.js';
import type { ExportInput } from './export-input.js';

/** The document as plain text to copy into another editor: head, body in its notation, foot, disclosure. */
export function exportText(input: ExportInput): string {
  const frame = draftFrameOf(input);
  const sections = [...headSections(frame), draftBodyText(frame.blocks), ...footSections(frame)];
  if (frame.disclosureLine !== null) sections.push(frame.disclosureLine);
  return `${sections.filter((section) => section.trim() !== '').join('\n\n')}\n`;
}

function headSections(frame: DraftFrame): string[] {
  if (frame.gian !== null)
    return [frame.gian.organization, gianHeadLines(frame.gian, frame.title).join('\n')];
  if (frame.press !== null) {
    const { releaseTime, distributionTime, subtitles } = frame.press;
    const timing = [labeled('보도 시점', releaseTime), labeled('배포', distributionTime)].filter(Boolean);
    return [
      joinLines(['보도자료', timing.join('    ')]),
      frame.title,
      joinLines(subtitles.map((line) => `- ${line}`)),
    ];
  }
  if (frame.notice !== null) return [frame.notice.noticeNumber, frame.title];
  return [joinLines([frame.title, frame.infoLine ?? ''])];
}

function footSections(frame: DraftFrame): string[] {
  if (frame.gian !== null) {
    const recipients = labeled('수신자', frame.gian.recipients);
    return [joinLines([frame.gian.sender, recipients]), joinLines(gianFootLines(frame.gian))];
  }
  if (frame.press !== null) {
    const { department, manager, phone } = frame.press;
    return [
      [labeled('담당 부서', department), labeled('담당자', manager), labeled('연락처', phone)]
        .filter(Boolean)
        .join('    '),
    ];
  }
  if (frame.notice !== null) return [joinLines([frame.notice.noticeDate, frame.notice.sender])];
  return [frame.contactLine ?? ''];
}

function joinLines(lines: readonly string[]): string {
  return lines.filter((line) => line !== '').join('\n');
}

function labeled(label: string, value: string): string {
  return value === '' ? '' : `${label}  ${value}`;
}
