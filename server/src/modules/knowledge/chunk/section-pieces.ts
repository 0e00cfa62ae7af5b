import type { Piece } from './pack-pieces.js';
import type { Section, SectionUnit } from './read-sections.js';
import { splitMarkdownTable } from './split-markdown-table.js';
import { splitTextToFit } from './split-text-to-fit.js';

/**
 * A section's pieces, each within `maximum`: lines whole where they fit, else split at sentences; tables
 * split between rows. The section's titles go in front of its first piece, never on their own, unless they
 * are so long that what follows would not fit beside them.
 */
export function sectionPieces(section: Section, target: number, maximum: number): Piece[] {
  const titleCount = section.units.findIndex((unit) => unit.kind !== 'title');
  const titles = section.units.slice(0, titleCount === -1 ? section.units.length : titleCount);
  const body = section.units.slice(titles.length);
  const prefix = titles.map((unit) => (unit.kind === 'title' ? unit.text : '')).join('\n');
  const titlePages = pageRange(titles.map((unit) => unit.page));
  const titlePieces = (): Piece[] =>
    textPieces(prefix, null, 1, maximum, target, maximum).map((piece) => ({ ...piece, ...titlePages }));
  if (body.length === 0) return titlePieces();

  const firstSeparator = body[0]?.kind === 'table' ? '\n\n' : '\n';
  const room = maximum - prefix.length - firstSeparator.length;
  const titled = prefix !== '' && room >= maximum / 4;
  const pieces: Piece[] = [];
  let previousKind: SectionUnit['kind'] | undefined;
  body.forEach((unit, index) => {
    const unitPieces = piecesOf(unit, index === 0 && titled ? room : maximum, target, maximum);
    const opening = unitPieces[0];
    if (opening === undefined) return;
    // A table needs a blank line on both sides to be read as one.
    if (previousKind === 'table') opening.separator = '\n\n';
    pieces.push(...unitPieces);
    previousKind = unit.kind;
  });

  const opening = pieces[0];
  if (prefix === '') return pieces;
  if (
    opening !== undefined &&
    titled &&
    prefix.length + firstSeparator.length + opening.text.length <= maximum
  ) {
    const pages = [titlePages.pageStart, titlePages.pageEnd, opening.pageStart, opening.pageEnd];
    pieces[0] = { ...opening, text: prefix + firstSeparator + opening.text, ...pageRange(pages) };
    return pieces;
  }
  return [...titlePieces(), ...pieces];
}

function piecesOf(unit: SectionUnit, first: number, target: number, maximum: number): Piece[] {
  if (unit.kind === 'title') return textPieces(unit.text, unit.page, 1, first, target, maximum);
  if (unit.kind === 'text') return textPieces(unit.text, unit.page, unit.strength, first, target, maximum);
  return splitMarkdownTable(unit.rows, { first, target, maximum }).map((text, index) => ({
    text,
    pageStart: unit.page,
    pageEnd: unit.page,
    separator: '\n\n',
    strength: 2,
    mustBreakBefore: index > 0,
  }));
}

function textPieces(
  text: string,
  page: number | null,
  strength: number,
  first: number,
  target: number,
  maximum: number,
): Piece[] {
  return splitTextToFit(text, { first, rest: maximum, words: target }).map((segment, index) => ({
    text: segment.text,
    pageStart: page,
    pageEnd: page,
    separator: index === 0 ? '\n' : segment.separator,
    strength: index === 0 ? strength : segment.strength,
    mustBreakBefore: false,
  }));
}

export function pageRange(pages: (number | null)[]): { pageStart: number | null; pageEnd: number | null } {
  const known = pages.filter((page): page is number => page !== null);
  return known.length === 0
    ? { pageStart: null, pageEnd: null }
    : { pageStart: Math.min(...known), pageEnd: Math.max(...known) };
}
