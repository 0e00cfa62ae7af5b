import { readFileSync } from 'node:fs';
import type { CorpusCase } from './corpus-case.js';

/** The committed corpus: positive cases (with labels) and negative cases (no personal information). */
export function loadCorpus(): { positives: CorpusCase[]; negatives: CorpusCase[] } {
  return { positives: readCases('positive-cases.jsonl'), negatives: readCases('negative-cases.jsonl') };
}

function readCases(fileName: string): CorpusCase[] {
  const content = readFileSync(new URL(`./corpus/${fileName}`, import.meta.url), 'utf8');
  return content
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusCase);
}
