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
  const open = openSpans(spans);
  let offset = 0;
  const visit = (parent: Parent, insideLink: boolean) => {
    const out: RootContent[] = [];
    for (const child of parent.children) {
      if (child.type === 'text') {
        out.push(...split(child, offset, open(offset, offset + child.value.length), insideLink));
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

/** A span with its place in the list given (which decides between spans that cover the same words). */
interface Ranked extends Span {
  rank: number;
}

/**
 * The spans that overlap each successive stretch [from, to) of the text,
 * in their given order. Stretches come in text order, so one pass over the
 * spans sorted by start serves them all: a paragraph with thousands of
 * links is not quadratic in them.
 */
function openSpans(spans: readonly Span[]) {
  const byStart = spans.map((s, rank): Ranked => ({ ...s, rank })).sort((a, b) => a.start - b.start || a.rank - b.rank);
  let next = 0;
  let open: Ranked[] = [];
  return (from: number, to: number): Ranked[] => {
    open = open.filter((s) => s.end > from);
    while (next < byStart.length && byStart[next]!.start < to) open.push(byStart[next++]!);
    return open.filter((s) => s.end > from).sort((a, b) => a.rank - b.rank);
  };
}

function split(node: Text, offset: number, here: readonly Ranked[], insideLink: boolean): RootContent[] {
  const end = offset + node.value.length;
  if (here.length === 0) return [node];
  const cuts = [
    ...new Set([offset, end, ...here.flatMap((s) => [s.start, s.end]).filter((c) => c > offset && c < end)]),
  ].sort((a, b) => a - b);
  // Each piece lies inside or outside each span (the cuts are at every span's ends): the spans covering a
  // piece are found by sweeping the cuts once, not by testing every span for every piece.
  const starts = [...here].sort((a, b) => a.start - b.start || a.rank - b.rank);
  let nextStart = 0;
  let covering: Ranked[] = [];
  const out: RootContent[] = [];
  let link: Link | undefined;
  let linkSpan: Span | undefined;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i]!, cuts[i + 1]!];
    covering = covering.filter((s) => s.end > a);
    let added = false;
    while (nextStart < starts.length && starts[nextStart]!.start <= a) {
      covering.push(starts[nextStart++]!);
      added = true;
    }
    if (added) covering.sort((x, y) => x.rank - y.rank);
    let piece: PhrasingContent = { type: 'text', value: node.value.slice(a - offset, b - offset) };
    const mark = covering.find((s) => !s.href && s.start <= a && b <= s.end);
    if (mark) piece = markNode(piece, mark.start === a ? mark.id : undefined);
    const target = insideLink
      ? undefined
      : covering.find((s) => s.href && s.start <= a && b <= s.end && s.start >= offset && s.end <= end);
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
