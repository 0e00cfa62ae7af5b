/**
 * Maps look-alike characters (full-width digits, letters and punctuation, Unicode dashes, ideographic
 * space) to ASCII one UTF-16 unit for one, so a match index in the result is also an index into the input.
 */
export function normalizeForMatching(text: string): string {
  // Fast path: most text has nothing to map, and the copy below would be wasted.
  if (!lookAlikePattern.test(text)) return text;
  return text.replace(lookAlikeGlobalPattern, (character) => {
    const code = character.charCodeAt(0);
    // Full-width ASCII block U+FF01..U+FF5E sits at a fixed offset from ASCII U+0021..U+007E.
    if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
    if (code === 0x3000) return ' ';
    return '-';
  });
}

// Dashes: hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus sign, small hyphen-minus.
const lookAlikeCharacters = '\\uff01-\\uff5e\\u3000\\u2010-\\u2015\\u2212\\ufe63';
const lookAlikePattern = new RegExp(`[${lookAlikeCharacters}]`);
const lookAlikeGlobalPattern = new RegExp(`[${lookAlikeCharacters}]`, 'g');
