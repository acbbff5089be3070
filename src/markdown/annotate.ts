import type { Link, PhrasingContent, RootContent, Text } from 'mdast';

/** A stretch of a paragraph to link (person, figure) or mark (quote); offsets into its plain text. */
export interface Span {
  start: number;
  end: number;
  /** Link target, or undefined for a mark. */
  href?: string;
  /** An id for the link or mark, so other pages can point at this place. */
  id: string;
}

interface Parent {
  type: string;
  children: RootContent[];
}

/**
 * Wraps spans of a paragraph's text in links and marks without changing the
 * words: text nodes are split at span boundaries. A link span must lie in one
 * text node and never inside an existing link; marks may break around links.
 */
export function annotate(paragraph: Parent, spans: readonly Span[]): void {
  if (spans.length === 0) return;
  let offset = 0;
  const visit = (parent: Parent, insideLink: boolean) => {
    const out: RootContent[] = [];
    for (const child of parent.children) {
      if (child.type === 'text') {
        out.push(...split(child, offset, spans, insideLink));
        offset += child.value.length;
      } else if ('value' in child && typeof child.value === 'string') {
        offset += child.value.length;
        out.push(child);
      } else if (child.type === 'image') {
        offset += (child.alt ?? '').length;
        out.push(child);
      } else if ('children' in child) {
        visit(child as Parent, insideLink || child.type === 'link');
        out.push(child);
      } else out.push(child);
    }
    parent.children = out;
  };
  visit(paragraph, false);
}

function split(node: Text, offset: number, spans: readonly Span[], insideLink: boolean): RootContent[] {
  const end = offset + node.value.length;
  const here = spans.filter((s) => s.start < end && offset < s.end);
  if (here.length === 0) return [node];
  const cuts = [
    ...new Set([offset, end, ...here.flatMap((s) => [s.start, s.end]).filter((c) => c > offset && c < end)]),
  ].sort((a, b) => a - b);
  const out: RootContent[] = [];
  let link: Link | undefined;
  let linkSpan: Span | undefined;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i]!, cuts[i + 1]!];
    let piece: PhrasingContent = { type: 'text', value: node.value.slice(a - offset, b - offset) };
    const mark = here.find((s) => !s.href && s.start <= a && b <= s.end);
    if (mark) piece = markNode(piece, mark.start === a ? mark.id : undefined);
    const target = insideLink
      ? undefined
      : here.find((s) => s.href && s.start <= a && b <= s.end && s.start >= offset && s.end <= end);
    if (target && target === linkSpan) link!.children.push(piece);
    else if (target) {
      linkSpan = target;
      link = { type: 'link', url: target.href!, children: [piece], data: { hProperties: { id: target.id } } };
      out.push(link);
    } else {
      linkSpan = link = undefined;
      out.push(piece);
    }
  }
  return out;
}

function markNode(child: PhrasingContent, id: string | undefined): PhrasingContent {
  // mdast has no mark; data.hName makes mdast-util-to-hast emit <mark class="quote">.
  return {
    type: 'emphasis',
    children: [child],
    data: { hName: 'mark', hProperties: { className: ['quote'], ...(id ? { id } : {}) } },
  };
}
