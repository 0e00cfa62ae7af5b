import { auditActionLabels, auditOutcomeLabels, auditTargetTypeLabels } from '@jumugwan/contracts';
import type { AuditEventRow } from './audit-repository.js';

/** The Korean name, or the stored text itself for a value a newer version wrote. */
function labelOf(labels: Readonly<Record<string, string>>, value: string): string {
  return Object.hasOwn(labels, value) ? (labels[value] ?? value) : value;
}

export const auditCsvHeaders = [
  '일시 (KST)',
  '작업',
  '결과',
  '수행자',
  '대상 유형',
  '대상 ID',
  'IP',
  '세부 정보',
] as const;

const koreanTime = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Seoul',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** `2025-06-15 14:03:22` in Asia/Seoul. */
export function formatKoreanTime(at: Date): string {
  const parts = Object.fromEntries(koreanTime.formatToParts(at).map((part) => [part.type, part.value]));
  return `${parts.year ?? ''}-${parts.month ?? ''}-${parts.day ?? ''} ${parts.hour ?? ''}:${parts.minute ?? ''}:${parts.second ?? ''}`;
}

/**
 * One CSV cell: a leading = + - @ (or tab / carriage return) would make Excel run it as a formula, so such
 * text gets a leading apostrophe; quotes, commas and line breaks are quoted per RFC 4180.
 */
export function csvCell(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** Excel on Korean Windows reads a CSV as CP949 unless it starts with the UTF-8 byte order mark. */
export const utf8Bom = '\uFEFF';

export function auditCsvRow(row: AuditEventRow): string {
  return csvLine([
    formatKoreanTime(row.at),
    labelOf(auditActionLabels, row.action),
    labelOf(auditOutcomeLabels, row.outcome),
    row.actorLabel,
    row.targetType === null ? '' : labelOf(auditTargetTypeLabels, row.targetType),
    row.targetId ?? '',
    row.ipAddress ?? '',
    Object.keys(row.details).length === 0 ? '' : JSON.stringify(row.details),
  ]);
}

/** The whole file, streamed: BOM and headers first, then one line per row. */
export async function* auditCsv(rows: AsyncIterable<AuditEventRow>): AsyncGenerator<string> {
  yield `${utf8Bom}${csvLine(auditCsvHeaders)}`;
  for await (const row of rows) yield auditCsvRow(row);
}
