/** A marked range of the text: UTF-16 offsets, end exclusive (what the guard's findings carry). */
export interface HighlightSpan<Mark> {
  start: number;
  end: number;
  mark: Mark;
}

/** A run of the text covered by the same marks; an unmarked run has none. */
export interface HighlightSegment<Mark> {
  text: string;
  start: number;
  end: number;
  marks: Mark[];
}

/**
 * Cuts the text into consecutive runs so each can be drawn with the marks covering it. Spans may overlap
 * (a 금칙어 inside a phone number); a run then carries every mark over it, in the order the spans were
 * given. Spans outside the text are clipped, and empty or reversed ones are ignored.
 */
export function highlightSegments<Mark>(
  text: string,
  spans: readonly HighlightSpan<Mark>[],
): HighlightSegment<Mark>[] {
  const usable = spans
    .map((span) => ({
      ...span,
      start: Math.max(0, Math.min(text.length, span.start)),
      end: Math.max(0, Math.min(text.length, span.end)),
    }))
    .filter((span) => span.start < span.end);
  const boundaries = [...new Set([0, text.length, ...usable.flatMap((span) => [span.start, span.end])])].sort(
    (left, right) => left - right,
  );

  const segments: HighlightSegment<Mark>[] = [];
  let coveringBefore: readonly (typeof usable)[number][] = [];
  for (let index = 0; index + 1 < boundaries.length; index += 1) {
    const start = boundaries[index] ?? 0;
    const end = boundaries[index + 1] ?? start;
    const covering = usable.filter((span) => span.start <= start && span.end >= end);
    const previous = segments.at(-1);
    const sameAsPrevious =
      previous !== undefined &&
      covering.length === coveringBefore.length &&
      covering.every((span, spanIndex) => span === coveringBefore[spanIndex]);
    if (previous !== undefined && sameAsPrevious) {
      previous.end = end;
      previous.text = text.slice(previous.start, end);
    } else {
      segments.push({ text: text.slice(start, end), start, end, marks: covering.map((span) => span.mark) });
    }
    coveringBefore = covering;
  }
  return segments;
}
