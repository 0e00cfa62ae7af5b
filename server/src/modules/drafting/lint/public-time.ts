/** 14:30, 09:00. */
export function formatPublicTime(hour: number, minute: number): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/**
 * The 24-hour hour of "오후 2시" and the like, or null when the hour is out of range. 낮 means noon to
 * early afternoon (낮 12시 → 12, 낮 2시 → 14) and 밤 the evening (밤 9시 → 21, 밤 12시 → 0).
 */
export function twentyFourHour(period: string, hour: number): number | null {
  if (hour < 1 || hour > 12) return null;
  switch (period) {
    case '오전':
    case '아침':
      return hour % 12;
    case '오후':
      return (hour % 12) + 12;
    case '낮':
      return hour <= 6 ? hour + 12 : hour;
    case '밤':
      if (hour === 12) return 0;
      return hour >= 6 ? hour + 12 : hour;
    default:
      return null;
  }
}
