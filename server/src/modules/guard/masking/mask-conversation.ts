import { findPersonalInformation, type PiiFinding } from '../pii/index.js';
import { maskText, type PlaceholderReplacement } from './mask-text.js';
import { PlaceholderVault } from './placeholder-vault.js';

export type PersonalInformationFinder = (text: string) => PiiFinding[];

export interface MaskedConversation {
  texts: string[];
  /** Restores the model's answer; holds the values, so keep it in memory for this request only. */
  vault: PlaceholderVault;
  /** One list per text, spans into that original text. */
  replacements: PlaceholderReplacement[][];
}

/**
 * Masks a conversation's texts in order with one fresh vault, so a value keeps one placeholder across
 * messages and the result depends only on the texts. Findings below minimumConfidence stay as written.
 */
export function maskConversation(
  texts: readonly string[],
  find: PersonalInformationFinder = findPersonalInformation,
  minimumConfidence = 0.5,
): MaskedConversation {
  const vault = new PlaceholderVault();
  // Every text first: a placeholder typed literally in a later message must not be handed out earlier.
  for (const text of texts) vault.reservePlaceholdersIn(text);
  const maskedTexts: string[] = [];
  const replacements: PlaceholderReplacement[][] = [];
  for (const text of texts) {
    const findings = find(text).filter((finding) => finding.confidence >= minimumConfidence);
    const masked = maskText(text, findings, vault);
    maskedTexts.push(masked.text);
    replacements.push(masked.replacements);
  }
  return { texts: maskedTexts, vault, replacements };
}
