import { piiTypeLabels } from '../pii/index.js';
import {
  characterClassOf,
  closingBrackets,
  formatPlaceholder,
  innerSpaces,
  maximumInnerSpaces,
  openingBrackets,
} from './placeholder-syntax.js';

export interface PlaceholderMatch {
  /** UTF-16 index of the opening bracket. */
  start: number;
  /** UTF-16 index just past the closing bracket. */
  end: number;
  /** The written form (`[이메일_1]`) whatever brackets and spacing the text used. */
  placeholder: string;
}

/** Every placeholder-shaped span in the text, for any type label, whether or not a vault knows it. */
export function findPlaceholders(text: string): PlaceholderMatch[] {
  const matches: PlaceholderMatch[] = [];
  for (const match of text.matchAll(placeholderPattern)) {
    const [whole, label = '', number = ''] = match;
    matches.push({
      start: match.index,
      end: match.index + whole.length,
      placeholder: formatPlaceholder(label, number),
    });
  }
  return matches;
}

function escapeForPattern(literal: string): string {
  return literal.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

const labelAlternatives = Object.values(piiTypeLabels)
  // Longest first so a label that is a prefix of another can never shadow it.
  .sort((left, right) => right.length - left.length)
  .map(escapeForPattern)
  .join('|');
const spaces = `${characterClassOf(innerSpaces)}{0,${maximumInnerSpaces}}`;
const placeholderPattern = new RegExp(
  `${characterClassOf(openingBrackets)}${spaces}(${labelAlternatives})_([1-9][0-9]*)${spaces}${characterClassOf(closingBrackets)}`,
  'g',
);
