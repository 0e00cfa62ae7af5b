import { charWidthEm1000, SPACE_EM_FIXED } from 'kordoc';

/**
 * Width of the text in ems of its font, as Hangul lays it out (kordoc's metrics: Hangul one em, a space half
 * an em). Hanging indents under item markers use it in every format, so they line up the same way.
 */
export function textWidthEms(text: string): number {
  let thousandths = 0;
  for (const character of text) {
    thousandths += character === ' ' ? SPACE_EM_FIXED : charWidthEm1000(character.codePointAt(0) ?? 0);
  }
  return thousandths / 1000;
}
