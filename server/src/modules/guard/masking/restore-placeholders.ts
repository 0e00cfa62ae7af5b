import { findPlaceholders } from './find-placeholders.js';
import type { PlaceholderVault } from './placeholder-vault.js';

/**
 * Whole-text restoration: placeholders the vault assigned (in any accepted spelling, see
 * placeholder-syntax) become their original values; unknown ones, such as a literal the user typed or
 * one the model invented, stay exactly as written.
 */
export function restorePlaceholders(text: string, vault: PlaceholderVault): string {
  const parts: string[] = [];
  let cursor = 0;
  for (const { start, end, placeholder } of findPlaceholders(text)) {
    const original = vault.originalFor(placeholder);
    if (original === undefined) continue;
    parts.push(text.slice(cursor, start), original);
    cursor = end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}
