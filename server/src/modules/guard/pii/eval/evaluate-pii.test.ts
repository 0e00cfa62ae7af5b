import { describe, expect, it } from 'vitest';
import {
  evaluateCorpus,
  minimumStructuredPrecision,
  minimumStructuredRecall,
  structuredTypes,
} from './evaluate-corpus.js';
import { loadCorpus } from './load-corpus.js';

describe('PII evaluation corpus (quality gate)', () => {
  const { positives, negatives } = loadCorpus();
  const result = evaluateCorpus([...positives, ...negatives]);

  it('has at least 300 positive and 300 negative cases covering every type', () => {
    expect(positives.length).toBeGreaterThanOrEqual(300);
    expect(negatives.length).toBeGreaterThanOrEqual(300);
    for (const typeScore of Object.values(result.byType)) {
      expect(typeScore.truePositives + typeScore.falseNegatives).toBeGreaterThanOrEqual(20);
    }
  });

  it.each(structuredTypes)('%s meets the recall and precision gate', (type) => {
    expect(result.byType[type].recall).toBeGreaterThanOrEqual(minimumStructuredRecall);
    expect(result.byType[type].precision).toBeGreaterThanOrEqual(minimumStructuredPrecision);
  });

  it('structured identifiers together meet the gate', () => {
    expect(result.failures).toEqual([]);
  });
});
