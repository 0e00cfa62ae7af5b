// Control and format characters (NUL, DEL, zero-width spaces, the byte-order mark, soft hyphens, bidi
// marks) carry nothing a reader sees, and some (NUL above all) upset what stores or tokenizes the text later.
const invisibleCharacters = /[\p{Cc}\p{Cf}]/gu;
// No-break, ideographic and the other Unicode spaces read as an ordinary space.
const unusualSpaces = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

// Bullets written in the Wingdings or Symbol font land in the Private Use Area at U+F000 + the font's code;
// these are the common ones. Other private-use characters show as nothing readable and are dropped.
const privateUseBullets: ReadonlyMap<number, string> = new Map([
  [0xf06c, '●'],
  [0xf06e, '■'],
  [0xf06f, '□'],
  [0xf071, '❑'],
  [0xf075, '◆'],
  [0xf076, '❖'],
  [0xf0a7, '▪'],
  [0xf0b7, '•'],
  [0xf0d8, '➢'],
  [0xf0e8, '➔'],
  [0xf0fc, '✓'],
]);
const privateUse = /[\uE000-\uF8FF\u{F0000}-\u{FFFFD}\u{100000}-\u{10FFFD}]/gu;

/**
 * Text as a block keeps it: line breaks normalized to \n, invisible and private-use characters dropped
 * (common Wingdings bullets kept as their Unicode look-alikes), spaces collapsed within each line, lines trimmed,
 * empty lines dropped. '' when nothing visible is left.
 */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(invisibleCharacters, (character) => (character === '\n' || character === '\t' ? character : ''))
    .replace(privateUse, (character) => privateUseBullets.get(character.codePointAt(0) ?? 0) ?? '')
    .replace(unusualSpaces, ' ')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

// Text that cleanLine would return unchanged: words of visible characters joined by single spaces. Most
// table cells are, and checking is far cheaper than cleaning a spreadsheet's worth of them.
const alreadyClean = /^(?:[^\s\p{C}]+(?: [^\s\p{C}]+)*)?$/u;

/** cleanText on one line: what a heading or a table cell holds (its line breaks become spaces). */
export function cleanLine(text: string): string {
  return alreadyClean.test(text) ? text : cleanText(text).replace(/\n/g, ' ');
}
