import type { PiiType } from '../pii/index.js';

/**
 * The form two findings must share to get the same placeholder, so `010-1234-5678` and `010 1234 5678`
 * (or full-width `０１０…`) are one person's number rather than two. Types not listed here fall back to
 * the text form, which only merges spellings that differ in width or spacing: a new type is never merged
 * too eagerly before someone decides how it should compare.
 */
export function canonicalValueKey(type: PiiType, value: string): string {
  const compatible = value.normalize('NFKC');
  if (identifierTypes.has(type)) return compatible.replace(nonAlphanumericPattern, '').toUpperCase();
  // Dots carry meaning in an address (1.23.4.5 is not 12.3.4.5), so only spacing and case are dropped.
  if (type === 'ip_address') return compatible.replace(whitespacePattern, '').toLowerCase();
  // Mail systems treat addresses case-insensitively in practice, and people capitalise them at random.
  if (type === 'email') return compatible.trim().toLowerCase();
  return compatible.replace(whitespacePattern, ' ').trim();
}

/**
 * Numbers people write with arbitrary separators. Letters are kept (passport M12345678, a region name
 * in an old driver-licence number) so that for the all-digit types the key is simply the digits.
 */
const identifierTypes: ReadonlySet<PiiType> = new Set<PiiType>([
  'resident_registration_number',
  'foreign_registration_number',
  'passport_number',
  'driver_license_number',
  'business_registration_number',
  'corporate_registration_number',
  'mobile_phone',
  'landline_phone',
  'bank_account_number',
  'card_number',
  'health_insurance_number',
]);

const nonAlphanumericPattern = /[^\p{L}\p{N}]/gu;
const whitespacePattern = /\s+/gu;
