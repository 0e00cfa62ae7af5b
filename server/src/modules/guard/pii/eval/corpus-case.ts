import type { PiiType } from '../pii-finding.js';

/** One labelled sentence of the evaluation corpus; spans are UTF-16 indices into text, end exclusive. */
export interface CorpusCase {
  id: string;
  text: string;
  labels: CorpusLabel[];
}

export interface CorpusLabel {
  type: PiiType;
  start: number;
  end: number;
  value: string;
}
