// Digits read with a final consonant: 영 일 삼 육 칠 팔 (and 십 백 천 만 for a trailing 0).
const digitsWithFinalConsonant = new Set(['0', '1', '3', '6', '7', '8']);

function endsWithFinalConsonant(word: string): boolean {
  const last = word.replace(/[\s.」』)\]]+$/u, '').slice(-1);
  if (/\d/.test(last)) return digitsWithFinalConsonant.has(last);
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28 !== 0;
  return false;
}

/** The word followed by the particle that fits it: ('「도로교통법」', '이', '가') → 「도로교통법」이. */
export function withParticle(word: string, afterConsonant: string, afterVowel: string): string {
  return word + (endsWithFinalConsonant(word) ? afterConsonant : afterVowel);
}
