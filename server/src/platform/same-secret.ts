import { timingSafeEqual } from 'node:crypto';

/** Compares a secret a caller sent with the expected one in constant time (no timing hint of how much matched). */
export function sameSecret(given: string, expected: string): boolean {
  const left = Buffer.from(given);
  const right = Buffer.from(expected);
  return left.length === right.length && timingSafeEqual(left, right);
}
