/**
 * An amount in won with thousands separators: `12,345원` in Korean, `₩12,345` in English.
 * The server already rounds; rounding again only guards against a stray fraction.
 */
export function formatWon(amount: number, language: string): string {
  const english = language.startsWith('en');
  const digits = new Intl.NumberFormat(english ? 'en-US' : 'ko-KR', { maximumFractionDigits: 0 }).format(
    Math.round(amount),
  );
  return english ? `₩${digits}` : `${digits}원`;
}
