import {
  characterClassOf,
  closingBrackets,
  innerSpaces,
  maximumInnerSpaces,
  openingBrackets,
  placeholderCore,
} from './placeholder-syntax.js';
import type { PlaceholderVault } from './placeholder-vault.js';

type MatchAt = { kind: 'complete'; end: number; original: string } | { kind: 'partial' } | { kind: 'none' };

/**
 * Restores placeholders in a streamed answer. Deltas can end anywhere, including inside a placeholder,
 * so text from an opening bracket is held back only while it can still grow into a placeholder the
 * vault knows; everything else is returned at once. Concatenating every push() and finish() equals
 * restorePlaceholders() on the whole answer, however the answer was split.
 *
 * Uses the vault's placeholders as they are at construction.
 */
export class PlaceholderRestorer {
  /** Core (`이메일_1`) → original value. */
  readonly #originalsByCore = new Map<string, string>();
  /** Every prefix of every core, including the empty one when the vault is not empty. */
  readonly #corePrefixes = new Set<string>();
  readonly #longestCore: number;
  #pending = '';

  constructor(vault: PlaceholderVault) {
    let longestCore = 0;
    for (const { placeholder } of vault.entries()) {
      const original = vault.originalFor(placeholder);
      if (original === undefined) continue;
      const core = placeholderCore(placeholder);
      this.#originalsByCore.set(core, original);
      for (let length = 0; length <= core.length; length++) this.#corePrefixes.add(core.slice(0, length));
      longestCore = Math.max(longestCore, core.length);
    }
    this.#longestCore = longestCore;
  }

  /** Text that is safe to show now. */
  push(delta: string): string {
    this.#pending += delta;
    return this.#drain(false);
  }

  /** The rest, once the answer has ended: a held prefix that never completed is shown as written. */
  finish(): string {
    return this.#drain(true);
  }

  #drain(final: boolean): string {
    const text = this.#pending;
    const parts: string[] = [];
    let position = 0;
    for (;;) {
      const bracket = indexOfOpeningBracket(text, position);
      if (bracket === -1) {
        parts.push(text.slice(position));
        position = text.length;
        break;
      }
      parts.push(text.slice(position, bracket));
      const match = this.#matchAt(text, bracket);
      if (match.kind === 'complete') {
        parts.push(match.original);
        position = match.end;
      } else if (match.kind === 'partial' && !final) {
        position = bracket;
        break;
      } else {
        // Not a placeholder from here; later brackets in the same text are still candidates.
        parts.push(text.charAt(bracket));
        position = bracket + 1;
      }
    }
    this.#pending = text.slice(position);
    let output = parts.join('');
    // A delta may end between the halves of a surrogate pair (an emoji); returning the high half alone
    // would be encoded as U+FFFD downstream, so it waits for its partner.
    if (!final && this.#pending === '' && endsWithHighSurrogate(output)) {
      this.#pending = output.slice(-1);
      output = output.slice(0, -1);
    }
    return output;
  }

  /** Same grammar as findPlaceholders' pattern, limited to the vault's cores, read one step at a time. */
  #matchAt(text: string, start: number): MatchAt {
    let position = skipInnerSpaces(text, start + 1);
    if (position === text.length) return this.#corePrefixes.has('') ? { kind: 'partial' } : { kind: 'none' };

    const coreStart = position;
    // One character past the longest core is enough to know it is too long.
    const coreLimit = coreStart + this.#longestCore + 1;
    while (position < text.length && position < coreLimit && !endsCore(text.charAt(position))) position++;
    const core = text.slice(coreStart, position);
    if (position === text.length) {
      return this.#corePrefixes.has(core) ? { kind: 'partial' } : { kind: 'none' };
    }
    const original = this.#originalsByCore.get(core);
    if (original === undefined) return { kind: 'none' };

    position = skipInnerSpaces(text, position);
    if (position === text.length) return { kind: 'partial' };
    return closingBrackets.includes(text.charAt(position))
      ? { kind: 'complete', end: position + 1, original }
      : { kind: 'none' };
  }
}

function indexOfOpeningBracket(text: string, from: number): number {
  openingBracketPattern.lastIndex = from;
  return openingBracketPattern.exec(text)?.index ?? -1;
}

function skipInnerSpaces(text: string, from: number): number {
  let position = from;
  while (
    position < text.length &&
    position - from < maximumInnerSpaces &&
    innerSpaces.includes(text.charAt(position))
  ) {
    position++;
  }
  return position;
}

function endsCore(character: string): boolean {
  return (
    innerSpaces.includes(character) ||
    openingBrackets.includes(character) ||
    closingBrackets.includes(character)
  );
}

function endsWithHighSurrogate(text: string): boolean {
  const code = text.charCodeAt(text.length - 1);
  return code >= 0xd800 && code <= 0xdbff;
}

const openingBracketPattern = new RegExp(characterClassOf(openingBrackets), 'g');
