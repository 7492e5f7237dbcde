// Renders an article's Markdown safely (react-markdown never renders raw HTML) and can
// highlight one source range, given as offsets into the body, with a <mark id="source">.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import Markdown from 'react-markdown';

export interface HighlightRange {
  start: number;
  end: number;
}

type Parent = Root | Element;

function markElement(value: string, isFirst: boolean): Element {
  return {
    type: 'element',
    tagName: 'mark',
    properties: isFirst ? { className: ['source-highlight'], id: 'source', tabIndex: -1 } : { className: ['source-highlight'] },
    children: [{ type: 'text', value }],
  };
}

/** A rehype plugin: text nodes keep their source offsets, so the range can be cut out of them. */
export function rehypeHighlightRange(range: HighlightRange) {
  return () => (tree: Root) => {
    let marked = 0;
    const walk = (parent: Parent) => {
      const next: (RootContent | ElementContent)[] = [];
      for (const child of parent.children) {
        if (child.type === 'element') walk(child);
        const pos = child.position;
        if (child.type !== 'text' || !pos || pos.start.offset == null || pos.end.offset == null) {
          next.push(child);
          continue;
        }
        const from = Math.max(range.start, pos.start.offset);
        const to = Math.min(range.end, pos.end.offset);
        if (from >= to) {
          next.push(child);
          continue;
        }
        // Escapes or entities make the text differ from its source span: mark the whole node.
        const exact = child.value.length === pos.end.offset - pos.start.offset;
        const a = exact ? from - pos.start.offset : 0;
        const b = exact ? to - pos.start.offset : child.value.length;
        if (a > 0) next.push({ type: 'text', value: child.value.slice(0, a) });
        next.push(markElement(child.value.slice(a, b), marked++ === 0));
        if (b < child.value.length) next.push({ type: 'text', value: child.value.slice(b) });
      }
      parent.children = next as typeof parent.children;
    };
    walk(tree);
  };
}

export function ArticleBody({ body, highlight }: { body: string; highlight?: HighlightRange | null }) {
  return (
    <div className="article-body space-y-4 font-serif text-lg leading-relaxed [&_a]:text-sky-700 [&_a]:underline [&_h2]:text-xl [&_h2]:font-semibold [&_li]:ml-6 [&_ol]:list-decimal [&_ul]:list-disc dark:[&_a]:text-sky-400">
      <Markdown rehypePlugins={highlight ? [rehypeHighlightRange(highlight)] : []} skipHtml>
        {body}
      </Markdown>
    </div>
  );
}
