import { readFile } from 'node:fs/promises';

export interface HeaderRule {
  /** The path pattern as written ("/*", "/articles/:slug/"). */
  pattern: string;
  match: RegExp;
  headers: [string, string][];
}

/**
 * A `_headers` file as Netlify and Cloudflare Pages read it: a path pattern
 * on a line of its own ("*" matches anything, ":name" one path segment),
 * then its headers indented below it as "Name: value"; "#" starts a comment.
 */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [n, line] of text.split('\n').entries()) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/:[A-Za-z]\w*/g, '[^/]+');
      rules.push({ pattern: line.trim(), match: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    if (!header || rules.length === 0)
      throw new Error(`_headers line ${n + 1}: expected "  Name: value" under a path: ${line}`);
    rules.at(-1)!.headers.push([header[1]!, header[2]!.trim()]);
  }
  return rules;
}

/** The headers for a path: those of every matching rule, in file order; a header named twice keeps both values, joined as the hosts do. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!rule.match.test(pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] ? `${out[key]}, ${value}` : value;
    }
  }
  return out;
}

/** The rules of a built site's `_headers`, or none when it has no such file. */
export const readHeaders = (file: string): Promise<HeaderRule[]> => readFile(file, 'utf8').then(parseHeaders, () => []);
