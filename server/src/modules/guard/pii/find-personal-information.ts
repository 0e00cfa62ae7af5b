import { findAddresses } from './find-addresses.js';
import { findBankAccountNumbers } from './find-bank-account-numbers.js';
import { findBusinessRegistrationNumbers } from './find-business-registration-numbers.js';
import { findCardNumbers } from './find-card-numbers.js';
import { findCorporateRegistrationNumbers } from './find-corporate-registration-numbers.js';
import { findDriverLicenseNumbers } from './find-driver-license-numbers.js';
import { findEmailAddresses } from './find-email-addresses.js';
import { findHealthInsuranceNumbers } from './find-health-insurance-numbers.js';
import { findIpAddresses } from './find-ip-addresses.js';
import { findPassportNumbers } from './find-passport-numbers.js';
import { findPersonNames } from './find-person-names.js';
import { findPhoneNumbers } from './find-phone-numbers.js';
import { findRegistrationNumbers } from './find-registration-numbers.js';
import { normalizeForMatching } from './normalize-for-matching.js';
import type { PiiFinding } from './pii-finding.js';
import { resolveOverlaps } from './resolve-overlaps.js';

// Order breaks ties of equal confidence and length (resolveOverlaps sorts stably): a 법인등록번호 with 법인
// nearby beats a 주민등록번호 reading of the same digits, a 건강보험증번호 beats a bare 11-digit phone reading.
const recognizers = [
  findCorporateRegistrationNumbers,
  findRegistrationNumbers,
  findHealthInsuranceNumbers,
  findPhoneNumbers,
  findBusinessRegistrationNumbers,
  findCardNumbers,
  findEmailAddresses,
  findIpAddresses,
  findPassportNumbers,
  findDriverLicenseNumbers,
  findBankAccountNumbers,
  findAddresses,
  findPersonNames,
] as const;

/**
 * Every recognizer over one normalised copy of the text, then overlaps resolved (see resolveOverlaps).
 * Result is non-overlapping and sorted by start. Low-confidence candidates are returned too (each carries
 * its confidence); callers choose the threshold, the evaluation uses 0.6.
 */
export function findPersonalInformation(text: string): PiiFinding[] {
  if (text.length === 0) return [];
  const normalized = normalizeForMatching(text);
  const candidates = recognizers.flatMap((recognize) => recognize(text, normalized));
  return resolveOverlaps(candidates);
}
