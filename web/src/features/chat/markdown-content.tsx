import { memo } from 'react';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';

const components: Components = {
  // Links in answers leave the app in a new tab; noreferrer keeps internal URLs out of other sites' logs.
  a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noreferrer noopener" />,
};

/** An assistant answer as GitHub-flavoured markdown (tables, lists, code). Raw HTML is not rendered. */
export const MarkdownContent = memo(function MarkdownContent({ text }: { text: string }) {
  return (
    <Markdown remarkPlugins={[remarkGfm]} components={components}>
      {text}
    </Markdown>
  );
});
