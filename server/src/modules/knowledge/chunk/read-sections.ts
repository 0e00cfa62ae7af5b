import type { DocumentBlock } from '../ingest/parsed-document.js';
import { arabicRank, articleRank, classifyLine, isTitleLike, romanRank } from './classify-line.js';
import { collapseWhitespace } from './collapse-whitespace.js';

export type SectionUnit =
  /** A heading, chapter or item title: starts its section, never ends a chunk on its own. */
  | { kind: 'title'; text: string; page: number | null }
  /** One line of a paragraph; strength is how good a place to break before it is (see classifyLine). */
  | { kind: 'text'; text: string; page: number | null; strength: number }
  | { kind: 'table'; rows: string[][]; page: number | null };

/** A run of blocks under the same headings, chapters and articles. */
export interface Section {
  path: string[];
  units: SectionUnit[];
}

/**
 * Cuts a document into sections: heading blocks (by level), and inside paragraphs 편/장/절/관 and 부칙 lines,
 * 제N조(…) articles, and in manuals and reports short title lines numbered Ⅰ. or 1. Such a numbered line is
 * only a title outside an article (there "1." is a 호) and when the lines around it are not numbered the same
 * way (a list). A section of titles alone is carried into the next one when that lies inside it, so that
 * "제1장 총칙" and "제1조(목적) …" share a chunk instead of the chapter's name standing alone.
 */
export function readSections(blocks: DocumentBlock[]): Section[] {
  const reader = new SectionReader();
  const lines = blocks.flatMap(toLines);
  lines.forEach((line, index) => {
    if (line.kind === 'heading') reader.heading(line.level, line.text, line.page);
    else if (line.kind === 'table') reader.add({ kind: 'table', rows: line.rows, page: line.page });
    else reader.line(line, lines[index - 1], lines[index + 1]);
  });
  return carryTitles(reader.finish());
}

type Line =
  | { kind: 'heading'; level: number; text: string; page: number | null }
  | { kind: 'table'; rows: string[][]; page: number | null }
  | { kind: 'line'; text: string; page: number | null; startsParagraph: boolean };

function toLines(block: DocumentBlock): Line[] {
  if (block.kind === 'table') return [block];
  if (block.kind === 'heading') {
    const text = collapseWhitespace(block.text);
    return text === '' ? [] : [{ kind: 'heading', level: block.level, text, page: block.page }];
  }
  return block.text
    .split(/\r\n|[\n\r\u2028\u2029]/)
    .map(collapseWhitespace)
    .filter((text) => text !== '')
    .map((text, index) => ({ kind: 'line', text, page: block.page, startsParagraph: index === 0 }));
}

class SectionReader {
  private readonly sections: Section[] = [];
  private readonly stack: { rank: number; entry: string }[] = [];
  private current: Section = { path: [], units: [] };
  private inArticle = false;

  heading(level: number, text: string, page: number | null): void {
    this.enter(level, text);
    this.inArticle = classifyLine(text).kind === 'article';
    this.add({ kind: 'title', text: `${'#'.repeat(Math.min(Math.max(level, 1), 6))} ${text}`, page });
  }

  line(line: Extract<Line, { kind: 'line' }>, previous: Line | undefined, next: Line | undefined): void {
    const { text, page } = line;
    const structure = classifyLine(text);
    if (structure.kind === 'division') {
      this.enter(structure.rank, structure.pathEntry);
      this.inArticle = false;
      this.add({ kind: 'title', text, page });
    } else if (structure.kind === 'article') {
      this.enter(articleRank, structure.pathEntry);
      this.inArticle = true;
      this.add(
        structure.titleOnly ? { kind: 'title', text, page } : { kind: 'text', text, page, strength: 3 },
      );
    } else if (structure.kind !== 'text' && this.isTitle(structure.kind, text, previous, next)) {
      this.enter(structure.kind === 'roman' ? romanRank : arabicRank, text);
      if (structure.kind === 'roman') this.inArticle = false;
      this.add({ kind: 'title', text, page });
    } else {
      const strength = Math.max(structure.strength, line.startsParagraph ? 1 : 0);
      this.add({ kind: 'text', text, page, strength });
    }
  }

  add(unit: SectionUnit): void {
    this.current.units.push(unit);
  }

  finish(): Section[] {
    this.flush();
    return this.sections;
  }

  private isTitle(
    kind: 'roman' | 'arabic',
    text: string,
    previous: Line | undefined,
    next: Line | undefined,
  ): boolean {
    if (kind === 'arabic' && this.inArticle) return false;
    return isTitleLike(text) && !isNumberedAs(kind, previous) && !isNumberedAs(kind, next);
  }

  /** Starts a section under a new path entry, which replaces those of the same or a deeper rank. */
  private enter(rank: number, entry: string): void {
    this.flush();
    while ((this.stack.at(-1)?.rank ?? -1) >= rank) this.stack.pop();
    this.stack.push({ rank, entry });
    this.current = { path: this.stack.map((item) => item.entry), units: [] };
  }

  private flush(): void {
    if (this.current.units.length > 0) this.sections.push(this.current);
  }
}

function isNumberedAs(kind: 'roman' | 'arabic', line: Line | undefined): boolean {
  return line?.kind === 'line' && classifyLine(line.text).kind === kind;
}

function carryTitles(sections: Section[]): Section[] {
  const carried: Section[] = [];
  let pending: SectionUnit[] = [];
  sections.forEach((section, index) => {
    const units = [...pending, ...section.units];
    pending = [];
    const next = sections[index + 1];
    if (
      next !== undefined &&
      units.every((unit) => unit.kind === 'title') &&
      startsWith(next.path, section.path)
    ) {
      pending = units;
      return;
    }
    carried.push({ path: section.path, units });
  });
  return carried;
}

function startsWith(path: string[], prefix: string[]): boolean {
  return prefix.length <= path.length && prefix.every((entry, index) => path[index] === entry);
}
