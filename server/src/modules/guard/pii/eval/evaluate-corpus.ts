import { findPersonalInformation } from '../find-personal-information.js';
import type { PiiFinding, PiiType } from '../pii-finding.js';
import { piiTypes } from '../pii-finding.js';
import type { CorpusCase } from './corpus-case.js';

/** Findings below this confidence are not counted as reported (the recognizers' "weak signal" range). */
export const reportingConfidence = 0.6;

export const matchingRule =
  `a finding counts when its confidence is >= ${String(reportingConfidence)}; it is correct when a label of the ` +
  'same type overlaps its span (each label matched once); an unmatched finding is a false positive of its ' +
  'type, an unmatched label a false negative of its type';

/** Identifiers with a fixed shape, held to the quality gate below; addresses, names and accounts are not. */
export const structuredTypes: readonly PiiType[] = [
  'resident_registration_number',
  'foreign_registration_number',
  'passport_number',
  'driver_license_number',
  'business_registration_number',
  'corporate_registration_number',
  'mobile_phone',
  'landline_phone',
  'card_number',
  'health_insurance_number',
  'email',
  'ip_address',
];
export const minimumStructuredRecall = 0.98;
export const minimumStructuredPrecision = 0.95;

export interface TypeScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface EvaluationResult {
  byType: Record<PiiType, TypeScore>;
  structured: TypeScore;
  all: TypeScore;
  /** Structured types under the gate, with why. */
  failures: string[];
  /** Every miss and false alarm, for tuning. */
  errors: string[];
}

export function evaluateCorpus(cases: readonly CorpusCase[]): EvaluationResult {
  const counts = Object.fromEntries(
    piiTypes.map((type) => [type, { truePositives: 0, falsePositives: 0, falseNegatives: 0 }]),
  ) as Record<PiiType, Omit<TypeScore, 'precision' | 'recall'>>;
  const errors: string[] = [];
  for (const corpusCase of cases) {
    const findings = findPersonalInformation(corpusCase.text).filter(
      (finding) => finding.confidence >= reportingConfidence,
    );
    const matchedLabels = new Set<number>();
    for (const finding of findings) {
      const labelIndex = corpusCase.labels.findIndex(
        (label, index) =>
          !matchedLabels.has(index) && label.type === finding.type && overlaps(label, finding),
      );
      if (labelIndex === -1) {
        counts[finding.type].falsePositives++;
        errors.push(
          `false positive ${finding.type} "${finding.value}" (${String(finding.confidence)}) in ${corpusCase.id}: ${corpusCase.text}`,
        );
      } else {
        matchedLabels.add(labelIndex);
        counts[finding.type].truePositives++;
      }
    }
    corpusCase.labels.forEach((label, index) => {
      if (matchedLabels.has(index)) return;
      counts[label.type].falseNegatives++;
      errors.push(`missed ${label.type} "${label.value}" in ${corpusCase.id}: ${corpusCase.text}`);
    });
  }
  const byType = Object.fromEntries(piiTypes.map((type) => [type, score(counts[type])])) as Record<
    PiiType,
    TypeScore
  >;
  const structured = score(sum(structuredTypes.map((type) => counts[type])));
  const all = score(sum(piiTypes.map((type) => counts[type])));
  const failures = structuredTypes.flatMap((type) => gateFailures(type, byType[type]));
  failures.push(...gateFailures('structured identifiers together', structured));
  return { byType, structured, all, failures, errors };
}

function gateFailures(name: string, typeScore: TypeScore): string[] {
  const failures: string[] = [];
  if (typeScore.recall < minimumStructuredRecall)
    failures.push(`${name}: recall ${typeScore.recall.toFixed(3)} < ${String(minimumStructuredRecall)}`);
  if (typeScore.precision < minimumStructuredPrecision)
    failures.push(
      `${name}: precision ${typeScore.precision.toFixed(3)} < ${String(minimumStructuredPrecision)}`,
    );
  return failures;
}

function overlaps(label: { start: number; end: number }, finding: PiiFinding): boolean {
  return label.start < finding.end && finding.start < label.end;
}

function sum(
  parts: readonly Omit<TypeScore, 'precision' | 'recall'>[],
): Omit<TypeScore, 'precision' | 'recall'> {
  return parts.reduce(
    (total, part) => ({
      truePositives: total.truePositives + part.truePositives,
      falsePositives: total.falsePositives + part.falsePositives,
      falseNegatives: total.falseNegatives + part.falseNegatives,
    }),
    { truePositives: 0, falsePositives: 0, falseNegatives: 0 },
  );
}

/** With nothing reported, precision is 1 (no false alarms); with nothing to find, recall is 1. */
function score(counts: Omit<TypeScore, 'precision' | 'recall'>): TypeScore {
  const reported = counts.truePositives + counts.falsePositives;
  const expected = counts.truePositives + counts.falseNegatives;
  return {
    ...counts,
    precision: reported === 0 ? 1 : counts.truePositives / reported,
    recall: expected === 0 ? 1 : counts.truePositives / expected,
  };
}
