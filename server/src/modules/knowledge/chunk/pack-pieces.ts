/** Text that goes into a chunk whole: a line, a sentence of a long line, a table or part of one. */
export interface Piece {
  text: string;
  pageStart: number | null;
  pageEnd: number | null;
  /** What joins it to the piece before in the same chunk. */
  separator: string;
  /** How good a place to break before it is: 3 before 항 ① or □, down to -1 inside a sentence. */
  strength: number;
  /** The next part of a split table: it starts a chunk, since it repeats the table's header. */
  mustBreakBefore: boolean;
}

/**
 * Groups a section's pieces into chunks of at most `maximum` characters (each piece is already within it).
 * From each chunk's start, of the places where it could end, prefer those that make it at least half the
 * target, then the strongest boundary, then the size nearest the target. The section's end beats every
 * boundary when the chunk starts the section, so a section that fits the maximum stays whole, and when the
 * rest of a longer section is within the target; otherwise it is only as strong as a paragraph's end, so
 * that the rest is not packed up to the maximum. A long section breaks at 항, items and paragraphs before
 * it breaks between sentences.
 */
export function packPieces(pieces: Piece[], target: number, maximum: number): Piece[][] {
  const chunks: Piece[][] = [];
  let start = 0;
  while (start < pieces.length) {
    let size = 0;
    let bestEnd = start;
    let best: Candidate | undefined;
    for (let end = start; end < pieces.length; end += 1) {
      const piece = pieces[end];
      if (piece === undefined || (end > start && piece.mustBreakBefore)) break;
      size += (end > start ? piece.separator.length : 0) + piece.text.length;
      if (end > start && size > maximum) break;
      const next = pieces[end + 1];
      const last = next === undefined || next.mustBreakBefore;
      const strength = last ? (start === 0 || size <= target ? whole : 1) : next.strength;
      const candidate = { large: size * 2 >= target, strength, distance: Math.abs(size - target) };
      if (best === undefined || isBetter(candidate, best)) {
        best = candidate;
        bestEnd = end;
      }
    }
    chunks.push(pieces.slice(start, bestEnd + 1));
    start = bestEnd + 1;
  }
  return chunks;
}

interface Candidate {
  large: boolean;
  strength: number;
  distance: number;
}

/** Ending where the section ends: the section, or a tail within the target, stays whole. */
const whole = 10;

function isBetter(candidate: Candidate, best: Candidate): boolean {
  if (candidate.large !== best.large) return candidate.large;
  if (candidate.strength !== best.strength) return candidate.strength > best.strength;
  return candidate.distance < best.distance;
}
