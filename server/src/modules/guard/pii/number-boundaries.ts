/**
 * Regex fragments that stop a number pattern from matching inside a longer number or code: not glued to an
 * ASCII letter or digit, and not continuing a digit run through a hyphen or dot (`12-900101-1234567`,
 * `1.2.3.4.5`). Korean particles (`입니다`, `로`) and other punctuation may touch the value.
 */
export const numberStart = '(?<![0-9A-Za-z]|[0-9][-.])';
export const numberEnd = '(?![0-9A-Za-z]|[-.][0-9])';
/** One optional separator between digit groups; captured so later groups can require the same one. */
export const groupSeparator = '[-. ]?';

export function digitsOnly(value: string): string {
  return value.replace(nonDigitPattern, '');
}

const nonDigitPattern = /[^0-9]/g;
