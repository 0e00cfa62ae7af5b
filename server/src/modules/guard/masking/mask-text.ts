import type { PiiFinding, PiiType } from '../pii/index.js';
import type { PlaceholderVault } from './placeholder-vault.js';

export interface PlaceholderReplacement {
  type: PiiType;
  placeholder: string;
  /** UTF-16 index into the original (unmasked) text. */
  start: number;
  /** UTF-16 index into the original text, exclusive. */
  end: number;
}

export interface MaskedText {
  text: string;
  replacements: PlaceholderReplacement[];
}

/**
 * Replaces every finding with its vault placeholder. All findings given are masked; filtering by
 * confidence is the caller's choice (maskConversation does it). Findings must not overlap, as
 * findPersonalInformation guarantees: an overlap or out-of-range span throws instead of sending a
 * half-masked value to an external model.
 */
export function maskText(text: string, findings: readonly PiiFinding[], vault: PlaceholderVault): MaskedText {
  vault.reservePlaceholdersIn(text);
  const ordered = [...findings].sort((left, right) => left.start - right.start);
  const parts: string[] = [];
  const replacements: PlaceholderReplacement[] = [];
  let cursor = 0;
  for (const { type, start, end } of ordered) {
    if (
      !Number.isInteger(start) ||
      !Number.isInteger(end) ||
      start < cursor ||
      end <= start ||
      end > text.length
    ) {
      throw new RangeError(`Finding ${type} at ${start}..${end} overlaps another or lies outside the text`);
    }
    // The span, not finding.value, is what disappears from the text, so it is what restoration brings back.
    const placeholder = vault.placeholderFor(type, text.slice(start, end));
    parts.push(text.slice(cursor, start), placeholder);
    replacements.push({ type, placeholder, start, end });
    cursor = end;
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(''), replacements };
}
