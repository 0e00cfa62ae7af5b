import { describe, expect, it } from 'vitest';
import type { GroundingSource } from '../cite/grounding-source.js';
import { summaryGroups } from './summary-groups.js';

function source(number: number, section: string, length: number): GroundingSource {
  return {
    number,
    chunkId: number,
    documentId: '00000000-0000-4000-8000-000000000001',
    collectionId: '00000000-0000-4000-8000-000000000002',
    documentTitle: '문서',
    sectionPath: [section],
    pageStart: null,
    pageEnd: null,
    text: '가'.repeat(length),
  };
}

describe('summaryGroups', () => {
  it('packs passages in order within the size', () => {
    const groups = summaryGroups([source(1, 'Ⅰ', 300), source(2, 'Ⅰ', 300), source(3, 'Ⅰ', 300)], 700);
    expect(groups.map((group) => group.map((entry) => entry.number))).toEqual([[1, 2], [3]]);
  });

  it('starts a new group at a new top-level section once the group is half full', () => {
    const groups = summaryGroups(
      [source(1, 'Ⅰ', 200), source(2, 'Ⅱ', 200), source(3, 'Ⅱ', 400), source(4, 'Ⅲ', 100)],
      1_000,
    );
    expect(groups.map((group) => group.map((entry) => entry.number))).toEqual([[1, 2, 3], [4]]);
  });

  it('gives an oversized passage a group of its own', () => {
    const groups = summaryGroups([source(1, 'Ⅰ', 100), source(2, 'Ⅰ', 5_000), source(3, 'Ⅰ', 100)], 1_000);
    expect(groups.map((group) => group.map((entry) => entry.number))).toEqual([[1], [2], [3]]);
  });
});
