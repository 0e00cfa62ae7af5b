import { describe, expect, it } from 'vitest';
import { packPieces, type Piece } from './pack-pieces.js';

function piece(length: number, strength: number, mustBreakBefore = false): Piece {
  return {
    text: 'x'.repeat(length),
    pageStart: null,
    pageEnd: null,
    separator: '\n',
    strength,
    mustBreakBefore,
  };
}

function sizes(chunks: Piece[][]): number[] {
  return chunks.map((chunk) =>
    chunk.reduce((sum, item, index) => sum + item.text.length + (index > 0 ? 1 : 0), 0),
  );
}

describe('packPieces', () => {
  it('keeps everything together when it fits the maximum', () => {
    expect(sizes(packPieces([piece(300, 1), piece(300, 0), piece(300, 0)], 700, 1200))).toEqual([902]);
  });

  it('ends chunks nearest the target among equally strong boundaries, the last one too', () => {
    const pieces = Array.from({ length: 8 }, () => piece(200, 1));
    expect(sizes(packPieces(pieces, 700, 1200))).toEqual([602, 602, 401]);
  });

  it('prefers a stronger boundary over one nearer the target', () => {
    // Ending before the 250 (a 항, say) beats ending after it, at 651, nearer the target of 700.
    const pieces = [piece(400, 1), piece(250, 3), piece(150, 0), piece(300, 0)];
    expect(sizes(packPieces(pieces, 700, 1000))).toEqual([400, 702]);
  });

  it('breaks before a piece that must start a chunk', () => {
    expect(sizes(packPieces([piece(100, 1), piece(100, 2, true)], 700, 1200))).toEqual([100, 100]);
  });

  it('never exceeds the maximum', () => {
    expect(sizes(packPieces([piece(600, 1), piece(601, 0)], 700, 1200))).toEqual([600, 601]);
  });
});
