import { findBusinessRegistrationNumbers } from './find-business-registration-numbers.js';
import { findCardNumbers } from './find-card-numbers.js';
import { findEmailAddresses } from './find-email-addresses.js';
import { findIpAddresses } from './find-ip-addresses.js';
import { findPhoneNumbers } from './find-phone-numbers.js';
import { findRegistrationNumbers } from './find-registration-numbers.js';
import { normalizeForMatching } from './normalize-for-matching.js';
import type { PiiFinding } from './pii-finding.js';
import { resolveOverlaps } from './resolve-overlaps.js';

const recognizers = [
  findRegistrationNumbers,
  findPhoneNumbers,
  findBusinessRegistrationNumbers,
  findCardNumbers,
  findEmailAddresses,
  findIpAddresses,
] as const;

/**
 * Every recognizer over one normalised copy of the text, then overlaps resolved (see resolveOverlaps).
 * Result is non-overlapping and sorted by start.
 */
export function findPersonalInformation(text: string): PiiFinding[] {
  if (text.length === 0) return [];
  const normalized = normalizeForMatching(text);
  const candidates = recognizers.flatMap((recognize) => recognize(text, normalized));
  return resolveOverlaps(candidates);
}
