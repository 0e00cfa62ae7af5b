export const maximumWordLength = 100;
export const maximumWordsPerList = 20_000;

export interface BannedWordLines {
  /** Trimmed, blank lines dropped, each word once (in first-seen order): what the server will store. */
  words: string[];
  /** Words over the length limit, which the server would refuse. */
  tooLong: string[];
}

/** One 금칙어 a line, as typed in the list form. */
export function parseBannedWordLines(text: string): BannedWordLines {
  const words = [
    ...new Set(
      text
        .split(/\r\n|\r|\n/)
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    ),
  ];
  return { words, tooLong: words.filter((word) => word.length > maximumWordLength) };
}

/** The textarea text of a stored list. */
export function bannedWordLinesText(words: readonly string[]): string {
  return words.join('\n');
}
