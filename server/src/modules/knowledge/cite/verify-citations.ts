import type { MessageCitation } from '@jumugwan/contracts';
import type { GroundingSource } from './grounding-source.js';

export interface VerifiedAnswer {
  /** The answer with unsupported citation markers removed. */
  text: string;
  /** The sources the answer still cites, in order of first use. */
  citations: MessageCitation[];
  /** Markers removed: a number that was no source, or a quote the cited passage does not contain. */
  removed: number;
}

/** Whitespace, quotes and case do not decide whether a quote occurs in a passage. */
function normalised(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[*_`|#>]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const markerGroup = /\[(\d{1,3}(?:\s*[,，]\s*\d{1,3})*)\](?:\s*\[(\d{1,3}(?:\s*[,，]\s*\d{1,3})*)\])*/g;
const quotePattern = /[“"]([^“”"\n]{4,300})[”"]/g;

/** Where the claim a marker supports begins: after the previous marker group or sentence end. */
function claimStart(text: string, markerIndex: number, previousEnd: number): number {
  const before = text.slice(previousEnd, markerIndex);
  // A marker ends its sentence, so the claim is the last sentence before it.
  const trimmed = before.replace(/[.。!?]\s*$/, '');
  const boundary = Math.max(
    trimmed.lastIndexOf('. '),
    trimmed.lastIndexOf('.\n'),
    trimmed.lastIndexOf('다. '),
    trimmed.lastIndexOf('\n'),
  );
  return previousEnd + (boundary === -1 ? 0 : boundary + 1);
}

/**
 * Checks an answer's citations after generation: each [n] must name a source that was given, and a
 * quoted span in the sentence it supports must occur in that source. Markers that fail are removed;
 * the rest become the message's citations.
 */
export function verifyCitations(answer: string, sources: readonly GroundingSource[]): VerifiedAnswer {
  const byNumber = new Map(sources.map((source) => [source.number, source]));
  const firstQuote = new Map<number, string>();
  const order: number[] = [];
  let removed = 0;
  let output = '';
  let cursor = 0;
  let previousEnd = 0;
  for (const match of answer.matchAll(markerGroup)) {
    const index = match.index;
    const claim = answer.slice(claimStart(answer, index, previousEnd), index);
    const quotes = [...claim.matchAll(quotePattern)].map((quote) => quote[1] ?? '');
    const numbers = [...match[0].matchAll(/\d{1,3}/g)].map((number) => Number(number[0]));
    const kept: number[] = [];
    for (const number of numbers) {
      const source = byNumber.get(number);
      const passage = source === undefined ? '' : normalised(source.text);
      const supported = source !== undefined && quotes.every((quote) => passage.includes(normalised(quote)));
      if (!supported || kept.includes(number)) {
        if (!supported) removed += 1;
        continue;
      }
      kept.push(number);
      if (!order.includes(number)) order.push(number);
      const quote = quotes[0];
      if (quote !== undefined && !firstQuote.has(number)) firstQuote.set(number, quote);
    }
    output += answer.slice(cursor, index) + kept.map((number) => `[${String(number)}]`).join('');
    cursor = index + match[0].length;
    previousEnd = cursor;
  }
  output += answer.slice(cursor);
  const citations = order.flatMap((number) => {
    const source = byNumber.get(number);
    if (source === undefined) return [];
    return [
      {
        number,
        chunkId: source.chunkId,
        documentId: source.documentId,
        collectionId: source.collectionId,
        documentTitle: source.documentTitle,
        sectionPath: source.sectionPath,
        pageStart: source.pageStart,
        quote: firstQuote.get(number) ?? null,
      },
    ];
  });
  return { text: output.replace(/[ \t]+([.,])/g, '$1'), citations, removed };
}
