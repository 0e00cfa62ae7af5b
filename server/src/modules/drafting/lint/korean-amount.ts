const digitNames = ['', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'];
const smallUnits = ['천', '백', '십', ''];
const largeUnits = ['', '만', '억', '조', '경'];

/**
 * The Korean reading of an amount as written in public documents: every digit is read, 일 included
 * (1,000,000 → 일백만, 113,560 → 일십일만삼천오백육십), as in 금113,560원(금일십일만삼천오백육십원).
 * Null when the amount is not digits (commas allowed) or is 10^20 or more.
 */
export function koreanAmount(amount: string): string | null {
  const digits = amount.replace(/,/g, '');
  if (!/^\d+$/.test(digits)) return null;
  const significant = digits.replace(/^0+/, '');
  if (significant === '') return '영';
  if (significant.length > largeUnits.length * 4) return null;
  const groupCount = Math.ceil(significant.length / 4);
  const padded = significant.padStart(groupCount * 4, '0');
  let reading = '';
  for (let group = 0; group < groupCount; group += 1) {
    let groupReading = '';
    for (let position = 0; position < 4; position += 1) {
      const digit = Number(padded[group * 4 + position]);
      if (digit !== 0) groupReading += `${digitNames[digit] ?? ''}${smallUnits[position] ?? ''}`;
    }
    if (groupReading !== '') reading += groupReading + (largeUnits[groupCount - 1 - group] ?? '');
  }
  return reading;
}

/** 1234567 → 1,234,567 (digits only, no sign). */
export function groupThousands(digits: string): string {
  return digits.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
