import type { MessageCitation } from '@jumugwan/contracts';

/** A piece of answer text: plain text, or one `[n]` citation marker. */
export type AnswerSegment = { kind: 'text'; text: string } | { kind: 'marker'; number: number };

/**
 * `[1]`, and the groups `[1, 2]` / `[1，2]` a model may write while streaming (the server's check turns
 * them into `[1][2]` before saving). Up to three digits, as the server reads them.
 */
const markerGroupPattern = /\[(\d{1,3}(?:\s*[,，]\s*\d{1,3})*)\]/gu;

/**
 * Splits text into plain text and citation markers, one marker per number. It is meant for the text of
 * one markdown text node: code spans and links never reach it (see `remarkCitationMarkers`).
 */
export function splitCitationMarkers(text: string): AnswerSegment[] {
  const segments: AnswerSegment[] = [];
  let cursor = 0;
  for (const match of text.matchAll(markerGroupPattern)) {
    if (match.index > cursor) {
      segments.push({ kind: 'text', text: text.slice(cursor, match.index) });
    }
    for (const digits of (match[1] ?? '').split(/\s*[,，]\s*/u)) {
      segments.push({ kind: 'marker', number: Number(digits) });
    }
    cursor = match.index + match[0].length;
  }
  if (cursor < text.length) {
    segments.push({ kind: 'text', text: text.slice(cursor) });
  }
  return segments;
}

/** The numbers an answer cites with `[n]` markers, in order of first use (code spans included). */
export function citedNumbers(text: string): number[] {
  const numbers: number[] = [];
  for (const segment of splitCitationMarkers(text)) {
    if (segment.kind === 'marker' && !numbers.includes(segment.number)) {
      numbers.push(segment.number);
    }
  }
  return numbers;
}

/**
 * The sources to list under an answer. While it streams, the candidates are every passage the answer may
 * cite, so only those it has cited so far are listed; once settled the list is the checked one as it is.
 */
export function citationsToList(
  text: string,
  citations: readonly MessageCitation[],
  streaming: boolean,
): readonly MessageCitation[] {
  if (!streaming || citations.length === 0) {
    return citations;
  }
  const cited = citedNumbers(text);
  return cited.flatMap((number) => citations.filter((citation) => citation.number === number));
}

/** The passage page of a citation, with the quoted span to highlight when the answer quoted one. */
export function passageHref(citation: Pick<MessageCitation, 'chunkId' | 'quote'>): string {
  const path = `/knowledge/passages/${encodeURIComponent(String(citation.chunkId))}`;
  return citation.quote === null || citation.quote === ''
    ? path
    : `${path}?quote=${encodeURIComponent(citation.quote)}`;
}

/** The property the marker's `<sup>` carries its number in (hast name; `data-citation` in the DOM). */
export const citationNumberProperty = 'dataCitation';

/** The markdown (mdast) nodes this plugin reads or writes; the rest of a node is left as it is. */
interface MarkdownNode {
  type: string;
  value?: string;
  children?: MarkdownNode[];
  data?: { hName?: string; hProperties?: Record<string, number | string> };
}

/** Nodes whose text must stay as written: links cannot hold links, and code is code. */
const untouchedNodeTypes = new Set(['link', 'linkReference', 'inlineCode', 'code', 'html', 'definition']);

function markerNode(number: number): MarkdownNode {
  return {
    type: 'citationMarker',
    data: { hName: 'sup', hProperties: { [citationNumberProperty]: number } },
    children: [{ type: 'text', value: `[${String(number)}]` }],
  };
}

function replaceMarkers(node: MarkdownNode): void {
  if (node.children === undefined || untouchedNodeTypes.has(node.type)) {
    return;
  }
  const children: MarkdownNode[] = [];
  for (const child of node.children) {
    if (child.type !== 'text' || child.value === undefined) {
      replaceMarkers(child);
      children.push(child);
      continue;
    }
    for (const segment of splitCitationMarkers(child.value)) {
      children.push(
        segment.kind === 'text' ? { type: 'text', value: segment.text } : markerNode(segment.number),
      );
    }
  }
  node.children = children;
}

/**
 * Remark plugin: turns `[n]` in the answer's text into `<sup data-citation="n">` elements, which the
 * markdown renderer draws as links to the cited passage. Inline code, code blocks and link texts are
 * left alone, so `arr[1]` in a code span stays code.
 */
export function remarkCitationMarkers() {
  return (tree: MarkdownNode) => {
    replaceMarkers(tree);
  };
}
