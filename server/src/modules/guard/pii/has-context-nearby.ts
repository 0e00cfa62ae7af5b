/**
 * Whether a context word (`여권`, `계좌`) appears in a window around a match. Only the window is searched,
 * so the cost per match is bounded however long the text is.
 */
export function hasContextNearby(
  text: string,
  start: number,
  end: number,
  contextPattern: RegExp,
  charactersBefore = 20,
  charactersAfter = 10,
): boolean {
  const window = text.slice(
    Math.max(0, start - charactersBefore),
    Math.min(text.length, end + charactersAfter),
  );
  return contextPattern.test(window);
}
