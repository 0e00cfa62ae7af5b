import { normalizeForMatching } from './normalize-for-matching.js';
import { numberEnd, numberStart } from './number-boundaries.js';
import type { PiiFinding } from './pii-finding.js';

/** Dotted IPv4 addresses with octets 0–255 and no leading zeros. */
export function findIpAddresses(text: string, normalized = normalizeForMatching(text)): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (const match of normalized.matchAll(ipv4Pattern)) {
    const precedingText = normalized.slice(Math.max(0, match.index - versionLookBehindLength), match.index);
    if (versionPrefixPattern.test(precedingText)) continue;
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
  return findings;
}

// `v1.2.3.4` is already excluded because a letter may not touch the number; these cover spaced forms.
const versionLookBehindLength = 12;
const versionPrefixPattern = /(?:(?:^|[^A-Za-z])v\.?|version|ver\.|버전)\s*:?\s*$/i;
const singleDigitOctetsPattern = /^\d\.\d\.\d\.\d$/;

const octet = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const ipv4Pattern = new RegExp(`${numberStart}${octet}(?:\\.${octet}){3}${numberEnd}`, 'g');
