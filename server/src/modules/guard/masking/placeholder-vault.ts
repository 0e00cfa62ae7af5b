import { inspect } from 'node:util';
import { piiTypeLabels, type PiiType } from '../pii/index.js';
import { canonicalValueKey } from './canonical-value-key.js';
import { findPlaceholders } from './find-placeholders.js';
import { formatPlaceholder } from './placeholder-syntax.js';

/** What may be shown about a vault entry: never the value. */
export interface VaultEntry {
  placeholder: string;
  type: PiiType;
}

/**
 * One conversation's placeholders and the values they stand for. Nothing here is random or time-based,
 * so masking the same texts in the same order with a fresh vault always gives the same placeholders:
 * the service re-masks the whole history on every request instead of storing vaults.
 *
 * Values live in private (#) fields, which JSON.stringify, structuredClone and util.inspect all skip,
 * and toJSON/toString/inspect print only placeholders and types, so logging a vault cannot leak PII.
 */
export class PlaceholderVault {
  /** `${type}\u0000${canonical key}` → placeholder. */
  readonly #placeholdersByKey = new Map<string, string>();
  /** Placeholder → first original spelling, used for restoration. */
  readonly #originalsByPlaceholder = new Map<string, string>();
  readonly #entries: VaultEntry[] = [];
  readonly #lastNumberByType = new Map<PiiType, number>();
  /** Placeholder-shaped text the user typed; never assigned, so it is never restored to a value. */
  readonly #reservedPlaceholders = new Set<string>();

  /**
   * Call with every text of the conversation before assigning any placeholder (maskConversation does).
   * A literal `[이메일_1]` typed by the user then keeps meaning itself, and the first real email becomes
   * `[이메일_2]`. Reserving after a number was already assigned cannot undo that assignment.
   */
  reservePlaceholdersIn(text: string): void {
    for (const { placeholder } of findPlaceholders(text)) {
      this.#reservedPlaceholders.add(placeholder);
    }
  }

  /** The placeholder for this value, assigning the type's next free number on first sight. */
  placeholderFor(type: PiiType, original: string): string {
    const key = `${type}\u0000${canonicalValueKey(type, original)}`;
    const known = this.#placeholdersByKey.get(key);
    if (known !== undefined) return known;

    const label = piiTypeLabels[type];
    let number = this.#lastNumberByType.get(type) ?? 0;
    let placeholder: string;
    do {
      number += 1;
      placeholder = formatPlaceholder(label, number);
    } while (this.#reservedPlaceholders.has(placeholder));

    this.#lastNumberByType.set(type, number);
    this.#placeholdersByKey.set(key, placeholder);
    this.#originalsByPlaceholder.set(placeholder, original);
    this.#entries.push({ placeholder, type });
    return placeholder;
  }

  /** The first spelling masked as this placeholder (written form, `[이메일_1]`), if the vault assigned it. */
  originalFor(placeholder: string): string | undefined {
    return this.#originalsByPlaceholder.get(placeholder);
  }

  /** Assigned placeholders in order of assignment. */
  entries(): VaultEntry[] {
    return this.#entries.map(({ placeholder, type }) => ({ placeholder, type }));
  }

  get placeholderCount(): number {
    return this.#entries.length;
  }

  toJSON(): { placeholderCount: number; entries: VaultEntry[] } {
    return { placeholderCount: this.placeholderCount, entries: this.entries() };
  }

  toString(): string {
    return `PlaceholderVault(${this.#entries.map(({ placeholder }) => placeholder).join(', ')})`;
  }

  [inspect.custom](): string {
    return this.toString();
  }
}
