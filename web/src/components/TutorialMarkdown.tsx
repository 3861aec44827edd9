/** A tutorial's Markdown: GitHub-flavoured, code highlighted, ```mermaid blocks drawn as diagrams. */
import Markdown, { type Components, type Options } from 'react-markdown';
import rehypeHighlight from 'rehype-highlight';
import remarkGfm from 'remark-gfm';
import 'highlight.js/styles/github.css';
import { Mermaid } from './Mermaid.js';

const isMermaid = (className: unknown) => (Array.isArray(className) ? className : String(className ?? '').split(/\s+/)).includes('language-mermaid');

const components: Components = {
  // A diagram is not preformatted text: drop the <pre> around a mermaid block.
  pre({ node, children, ...rest }) {
    const first = node?.children[0];
    if (first?.type === 'element' && first.tagName === 'code' && isMermaid(first.properties.className)) return <>{children}</>;
    return <pre {...rest}>{children}</pre>;
  },
  code({ node: _node, className, children, ...rest }) {
    if (isMermaid(className)) return <Mermaid code={String(children).replace(/\n$/, '')} />;
    return (
      <code className={className} {...rest}>
        {children}
      </code>
    );
  },
};

// Only fenced blocks that name their language are highlighted; mermaid is left as text for the diagram.
const rehypePlugins: Options['rehypePlugins'] = [[rehypeHighlight, { detect: false, plainText: ['mermaid'] }]];

export function TutorialMarkdown({ markdown }: { markdown: string }) {
  return (
    <Markdown remarkPlugins={[remarkGfm]} rehypePlugins={rehypePlugins} components={components}>
      {markdown}
    </Markdown>
  );
}
