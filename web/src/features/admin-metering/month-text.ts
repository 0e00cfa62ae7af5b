const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Whether `text` is a month written as 2026-11 (what <input type="month"> gives and the API expects). */
export function isMonthText(text: string): boolean {
  return monthPattern.test(text);
}

/** The month before `month` (2026-01 → 2025-12), for the filter's 이전 달 button. */
export function previousMonth(month: string): string {
  const [year = 0, monthNumber = 1] = month.split('-').map(Number);
  const date = new Date(Date.UTC(year, monthNumber - 2, 1));
  return date.toISOString().slice(0, 7);
}

/** The month after `month` (2025-12 → 2026-01). */
export function nextMonth(month: string): string {
  const [year = 0, monthNumber = 1] = month.split('-').map(Number);
  const date = new Date(Date.UTC(year, monthNumber, 1));
  return date.toISOString().slice(0, 7);
}
