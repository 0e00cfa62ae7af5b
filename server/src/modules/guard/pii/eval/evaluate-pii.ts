import { fileURLToPath } from 'node:url';
import { piiTypeLabels, piiTypes } from '../pii-finding.js';
import type { EvaluationResult, TypeScore } from './evaluate-corpus.js';
import {
  evaluateCorpus,
  matchingRule,
  minimumStructuredPrecision,
  minimumStructuredRecall,
} from './evaluate-corpus.js';
import { loadCorpus } from './load-corpus.js';

/**
 * npm run eval:pii — precision and recall per type over the committed corpus; exits 1 when a structured
 * identifier falls under the gate. PII_EVAL_VERBOSE=1 also lists every miss and false alarm.
 */
export function formatEvaluation(
  result: EvaluationResult,
  positiveCount: number,
  negativeCount: number,
): string {
  const lines = [
    `Corpus: ${String(positiveCount)} positive cases, ${String(negativeCount)} negative cases`,
    `Rule: ${matchingRule}`,
    '',
    `${'type'.padEnd(31)}${'label'.padEnd(9)}${'TP'.padStart(5)}${'FP'.padStart(5)}${'FN'.padStart(5)}${'precision'.padStart(11)}${'recall'.padStart(8)}`,
  ];
  const row = (name: string, label: string, typeScore: TypeScore) =>
    `${name.padEnd(31)}${label.padEnd(9)}${String(typeScore.truePositives).padStart(5)}${String(typeScore.falsePositives).padStart(5)}${String(typeScore.falseNegatives).padStart(5)}${typeScore.precision.toFixed(3).padStart(11)}${typeScore.recall.toFixed(3).padStart(8)}`;
  for (const type of piiTypes) lines.push(row(type, piiTypeLabels[type], result.byType[type]));
  lines.push(row('structured identifiers', '', result.structured), row('all types', '', result.all), '');
  lines.push(
    `Gate (each structured type and together): recall >= ${String(minimumStructuredRecall)}, precision >= ${String(minimumStructuredPrecision)}`,
  );
  lines.push(
    result.failures.length === 0 ? 'Gate: passed' : `Gate: FAILED\n  ${result.failures.join('\n  ')}`,
  );
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { positives, negatives } = loadCorpus();
  const result = evaluateCorpus([...positives, ...negatives]);
  console.log(formatEvaluation(result, positives.length, negatives.length));
  if (process.env.PII_EVAL_VERBOSE === '1') console.log(`\n${result.errors.join('\n')}`);
  process.exitCode = result.failures.length === 0 ? 0 : 1;
}
