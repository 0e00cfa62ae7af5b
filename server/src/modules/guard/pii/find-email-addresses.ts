import { normalizeForMatching } from './normalize-for-matching.js';
import type { PiiFinding } from './pii-finding.js';

/** E-mail addresses with an ASCII local part and a dotted domain ending in a 2+ letter top-level label. */
export function findEmailAddresses(text: string, normalized = normalizeForMatching(text)): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (const match of normalized.matchAll(emailPattern)) {
    const end = match.index + match[0].length;
    findings.push({
      type: 'email',
      start: match.index,
      end,
      value: text.slice(match.index, end),
      confidence: 0.95,
    });
  }
  return findings;
}

// The lookbehind lets a match start only at the beginning of a local-part run, which keeps a long run
// without '@' linear instead of rescanning it from every position.
const emailPattern =
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9-]|\.[A-Za-z0-9])/g;
