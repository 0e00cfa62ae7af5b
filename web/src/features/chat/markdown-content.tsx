import type { MessageCitation } from '@jumugwan/contracts';
import { memo, useMemo } from 'react';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { citationNumberProperty, remarkCitationMarkers } from './citation-markers';
import { CitationContext, CitationMarker } from './citations';

const components: Components = {
  // Links in answers leave the app in a new tab; noreferrer keeps internal URLs out of other sites' logs.
  a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noreferrer noopener" />,
  // `[n]` markers arrive as <sup data-citation="n"> (remarkCitationMarkers); other superscripts stay.
  sup: ({ node, ...props }) => {
    const number = node?.properties[citationNumberProperty];
    return typeof number === 'number' ? <CitationMarker number={number} /> : <sup {...props} />;
  },
};

const plainPlugins = [remarkGfm];
const citingPlugins = [remarkGfm, remarkCitationMarkers];
const noCitations: readonly MessageCitation[] = [];

/**
 * An assistant answer as GitHub-flavoured markdown (tables, lists, code). Raw HTML is not rendered.
 * With `citations`, its `[n]` markers link to the cited passages (outside code).
 */
export const MarkdownContent = memo(function MarkdownContent({
  text,
  citations = noCitations,
}: {
  text: string;
  citations?: readonly MessageCitation[];
}) {
  const byNumber = useMemo(
    () => new Map(citations.map((citation) => [citation.number, citation] as const)),
    [citations],
  );
  return (
    <CitationContext value={byNumber}>
      <Markdown remarkPlugins={citations.length > 0 ? citingPlugins : plainPlugins} components={components}>
        {text}
      </Markdown>
    </CitationContext>
  );
});
