/** A local calendar date as YYYY-MM-DD (the value of an <input type="date">, and file-name dates). */
export function localDateString(date: Date): string {
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0'))
    .join('-');
}
