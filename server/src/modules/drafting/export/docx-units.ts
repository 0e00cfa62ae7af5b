import type { PageStyle } from './page-style.js';

/** Word measures in twentieths of a point; A4 is 11906 × 16838 of them. */
export const a4Twips = { width: 11906, height: 16838 } as const;

export function twipsOfMillimetres(millimetres: number): number {
  return Math.round((millimetres * 1440) / 25.4);
}

export function twipsOfEms(ems: number, points: number): number {
  return Math.round(ems * points * 20);
}

/**
 * Word's `auto` line spacing (240ths of a single line) for Hangul's percentage of the font size. Word's single
 * line for these Korean faces is about 1.3 times the font size, so Hangul's 160% is Word's 1.23 lines.
 */
export function wordLineSpacing(style: PageStyle): number {
  return Math.round((style.lineSpacingPercent / 130) * 240);
}

export function fontNameOf(style: PageStyle): string {
  return style.typeface === 'gothic' ? '맑은 고딕' : '바탕';
}
