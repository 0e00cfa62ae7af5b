export interface TimeSaved {
  /** Minutes saved per task; negative when it took longer. */
  minutes: number;
  /** Share of the time before, rounded to whole per cent; null when the time before was 0. */
  percent: number | null;
}

/** 절감 N분 / N%: what the times before and after say, or null until both are known. */
export function timeSaved(minutesBefore: number | null, minutesAfter: number | null): TimeSaved | null {
  if (minutesBefore === null || minutesAfter === null) return null;
  const minutes = minutesBefore - minutesAfter;
  return { minutes, percent: minutesBefore === 0 ? null : Math.round((minutes / minutesBefore) * 100) };
}
