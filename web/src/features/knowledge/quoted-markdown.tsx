import { useEffect, useRef } from 'react';
import { MarkdownContent } from '../chat/markdown-content';
import { findQuoteRanges } from './quote-ranges';

export interface QuotedMarkdownProps {
  text: string;
  /** The span an answer quoted; wrapped in <mark> where it is found. */
  quote: string | null;
  /** Told whether the quote was found, so the page can say so when it was not. */
  onQuoteFound?: (found: boolean) => void;
  className?: string;
}

/**
 * A passage rendered as Markdown (the chat's renderer), with the quoted span marked. The quote is looked
 * for in the rendered text rather than the Markdown source, so it matches across bold text, table cells
 * and line breaks; the <mark> elements are added to the rendered DOM and removed again on change.
 */
export function QuotedMarkdown({ text, quote, onQuoteFound, className }: QuotedMarkdownProps) {
  const containerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (container === null || quote === null) {
      return;
    }
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      // Only text inside the rendered elements: React owns the container's direct children.
      if (node instanceof Text && node.parentNode !== container) {
        nodes.push(node);
      }
    }
    const ranges = findQuoteRanges(
      nodes.map((node) => node.data),
      quote,
    );
    onQuoteFound?.(ranges.length > 0);

    const marks: HTMLElement[] = [];
    for (const range of ranges) {
      const node = nodes[range.piece];
      if (node === undefined) {
        continue;
      }
      const marked = range.start > 0 ? node.splitText(range.start) : node;
      marked.splitText(range.end - range.start);
      const mark = document.createElement('mark');
      mark.className = 'rounded-sm bg-yellow-200 px-0.5 text-inherit';
      marked.replaceWith(mark);
      mark.append(marked);
      marks.push(mark);
    }
    return () => {
      for (const mark of marks) {
        const parent = mark.parentNode;
        mark.replaceWith(...mark.childNodes);
        parent?.normalize();
      }
    };
  }, [text, quote, onQuoteFound]);

  return (
    <div ref={containerRef} className={className}>
      {/* Keyed so a new text remounts the rendered tree instead of patching text nodes split above. */}
      <MarkdownContent key={text} text={text} />
    </div>
  );
}
