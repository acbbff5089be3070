import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
} from 'yaml';
import { diagnostic, type Diagnostic, type Position } from '../diagnostics/diagnostic.ts';

const TOO_DEEP = 'it nests too deeply';

export interface SafeYaml {
  /** Plain data, or undefined when the YAML had problems. */
  data: unknown;
  /** File position of a path's value (or key) inside the YAML, for located messages. */
  locate: (path: readonly PropertyKey[], part?: 'key' | 'value') => Position;
  diagnostics: Diagnostic[];
}

/**
 * Parses YAML with the 1.2 core schema (dates stay strings), refusing
 * anchors, aliases and merge keys, and returns plain data whose objects were
 * built with defineProperty so "__proto__" is an ordinary key.
 * `firstLine` is the file line on which `source` begins.
 */
export function parseSafeYaml(file: string, source: string, firstLine = 1): SafeYaml {
  const lineCounter = new LineCounter();
  const at = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line + firstLine - 1, column: p.col };
  };
  const top: Position = { line: firstLine, column: 1 };
  let doc: Document;
  try {
    doc = parseDocument(source, {
      lineCounter,
      schema: 'core',
      merge: false,
      uniqueKeys: true,
      prettyErrors: false,
      strict: true,
    });
  } catch {
    // The parser recurses; pathological nesting exhausts the stack.
    return {
      data: undefined,
      locate: () => top,
      diagnostics: [diagnostic(file, top, 'yaml/syntax', { detail: TOO_DEEP })],
    };
  }
  const locate = (path: readonly PropertyKey[], part: 'key' | 'value' = 'value') => locateIn(doc, path, part, at, top);
  const diagnostics = doc.errors.map((error) =>
    diagnostic(file, at(error.pos[0]), 'yaml/syntax', {
      // The parser reports its own stack overflow as an error at the place it gave up.
      detail: error.message.includes('call stack')
        ? TOO_DEEP
        : error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
    }),
  );
  if (diagnostics.length > 0) return { data: undefined, locate, diagnostics };

  const where = (node: unknown) => ((node as Node | null)?.range ? at((node as Node).range![0]) : top);
  // One alias message per line: a line of nine aliases is one thing to fix, and a "billion laughs" stays readable.
  const aliasLines = new Set<number>();
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node) || node.anchor) {
        const position = where(node);
        if (!aliasLines.has(position.line)) diagnostics.push(diagnostic(file, position, 'yaml/alias'));
        aliasLines.add(position.line);
      }
      // Only explicit tags are set: !!binary makes a Buffer, unknown ones (!!js/function) a string that looks like code.
      else if (node.tag)
        diagnostics.push(
          diagnostic(file, where(node), 'yaml/tag', { tag: node.tag.replace(/^tag:yaml\.org,2002:/, '!!') }),
        );
    },
    Pair(_key, pair) {
      if (isScalar(pair.key) && pair.key.value === '<<')
        diagnostics.push(diagnostic(file, where(pair.key), 'yaml/merge-key'));
      // "? [a, b]" keys would be stringified into keys no one can write or locate.
      else if (!isScalar(pair.key) || pair.key.value === null || typeof pair.key.value === 'object')
        diagnostics.push(diagnostic(file, where(pair.key ?? pair.value), 'yaml/complex-key'));
    },
  });
  if (diagnostics.length > 0) return { data: undefined, locate, diagnostics };
  return { data: toPlain(doc.contents), locate, diagnostics };
}

function toPlain(node: unknown): unknown {
  if (isScalar(node)) return node.value;
  if (isSeq(node)) return node.items.map(toPlain);
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      Object.defineProperty(out, key, {
        value: toPlain(pair.value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return node ?? null;
}

function locateIn(
  doc: Document,
  path: readonly PropertyKey[],
  part: 'key' | 'value',
  at: (offset: number) => Position,
  top: Position,
): Position {
  let node: unknown = doc.contents;
  let best = top;
  const startOf = (n: unknown) => ((n as Node | null)?.range ? at((n as Node).range![0]) : best);
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      best = startOf(pair.key);
      node = pair.value;
      if (part === 'value') best = startOf(node);
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      best = startOf(node);
    } else break;
  }
  return best;
}
