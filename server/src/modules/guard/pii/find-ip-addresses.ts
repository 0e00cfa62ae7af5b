import { normalizeForMatching } from './normalize-for-matching.js';
import { numberEnd, numberStart } from './number-boundaries.js';
import type { PiiFinding } from './pii-finding.js';

/**
 * Dotted IPv4 addresses with octets 0–255 and no leading zeros, and IPv6 addresses: full, compressed (`::`)
 * and IPv4-mapped (`::ffff:192.0.2.1`).
 */
export function findIpAddresses(text: string, normalized = normalizeForMatching(text)): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (const match of normalized.matchAll(ipv4Pattern)) {
    const precedingText = normalized.slice(Math.max(0, match.index - versionLookBehindLength), match.index);
    // The tail of an IPv4-mapped IPv6 address is reported with the whole address below.
    if (versionPrefixPattern.test(precedingText) || normalized[match.index - 1] === ':') continue;
    const end = match.index + match[0].length;
    findings.push({
      type: 'ip_address',
      start: match.index,
      end,
      value: text.slice(match.index, end),
      // `1.2.3.4` is more often outline numbering or a version than a host.
      confidence: singleDigitOctetsPattern.test(match[0]) ? 0.5 : 0.85,
    });
  }
  colonPairPattern.lastIndex = 0;
  for (
    let match = colonPairPattern.exec(normalized);
    match !== null;
    match = colonPairPattern.exec(normalized)
  ) {
    const start = extendWhile(normalized, match.index, -1);
    const end = extendWhile(normalized, match.index, 1);
    colonPairPattern.lastIndex = end;
    if (
      asciiLetterPattern.test(normalized[start - 1] ?? '') ||
      asciiLetterPattern.test(normalized[end] ?? '')
    ) {
      continue;
    }
    const candidate = normalized.slice(start, end).replace(trailingDotPattern, '');
    const groupCount = ipv6GroupCount(candidate);
    if (groupCount === 0) continue;
    findings.push({
      type: 'ip_address',
      start,
      end: start + candidate.length,
      value: text.slice(start, start + candidate.length),
      // `::1` and `fe80::1` name no particular host.
      confidence: groupCount >= 3 ? 0.9 : 0.5,
    });
  }
  return findings;
}

/** From `position`, the furthest index in `direction` over hex digits, colons and dots. */
function extendWhile(text: string, position: number, direction: 1 | -1): number {
  let index = position;
  if (direction === 1) {
    while (index < text.length && isAddressCharacter(text[index] ?? '')) index++;
  } else {
    while (index > 0 && isAddressCharacter(text[index - 1] ?? '')) index--;
  }
  return index;
}

function isAddressCharacter(character: string): boolean {
  return addressCharacterPattern.test(character);
}

/** Written (non-elided) 16-bit groups of a valid IPv6 address, an IPv4 tail counting as two; 0 if invalid. */
export function ipv6GroupCount(candidate: string): number {
  let address = candidate;
  let tailGroups = 0;
  const lastColon = address.lastIndexOf(':');
  const tail = address.slice(lastColon + 1);
  if (tail.includes('.')) {
    if (!ipv4ExactPattern.test(tail)) return 0;
    address = `${address.slice(0, lastColon + 1)}0`;
    tailGroups = 1;
  }
  const halves = address.split('::');
  if (halves.length > 2) return 0;
  const groups = halves.flatMap((half) => (half === '' ? [] : half.split(':')));
  if (!groups.every((group) => hexGroupPattern.test(group))) return 0;
  const writtenGroups = groups.length + tailGroups;
  if (halves.length === 2 ? writtenGroups > 7 : writtenGroups !== 8) return 0;
  return writtenGroups;
}

// `v1.2.3.4` is already excluded because a letter may not touch the number; these cover spaced forms.
const versionLookBehindLength = 12;
const versionPrefixPattern = /(?:(?:^|[^A-Za-z])v\.?|version|ver\.|버전)\s*:?\s*$/i;
const singleDigitOctetsPattern = /^\d\.\d\.\d\.\d$/;

const octet = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const ipv4Pattern = new RegExp(`${numberStart}${octet}(?:\\.${octet}){3}${numberEnd}`, 'g');
const ipv4ExactPattern = new RegExp(`^${octet}(?:\\.${octet}){3}$`);
const hexGroupPattern = /^[0-9A-Fa-f]{1,4}$/;
// IPv6 is found from its rarest feature, two colons at most four hex digits apart, then the whole run of
// hex digits, colons and dots around it is checked exactly by ipv6GroupCount (times such as 10:30:00 fail).
// Shared and reset on each call, which is safe because the scan is synchronous.
const colonPairPattern = /:[0-9A-Fa-f]{0,4}:/g;
const addressCharacterPattern = /^[0-9A-Fa-f:.]$/;
const asciiLetterPattern = /^[G-Zg-z]$/;
const trailingDotPattern = /\.+$/;
