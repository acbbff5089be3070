import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

interface Extension {
  tags?: string[];
  preprocess?: unknown;
}

/** Nunjucks' compiler.compile: a template's source to the JavaScript that renders it. */
export type Compile = (
  src: string,
  asyncFilters: readonly string[],
  extensions: readonly Extension[] | undefined,
  name: string | undefined,
  opts: object | undefined,
) => string;

/**
 * `compile`, remembered: Nunjucks compiles each template's source to
 * JavaScript before its first render, a fifth of a small build's time and
 * again in each of a large build's Eleventy runs. The code depends only on
 * compile's arguments and Nunjucks' own code (`version`), so it is kept in
 * memory for the process and as a file in `dir` for the next run; a folder
 * that cannot be written only means compiling again.
 */
export function cachedCompile(compile: Compile, dir: string, version: string): Compile {
  const memory = new Map<string, string>();
  return (src, asyncFilters, extensions, name, opts) => {
    // An extension that rewrites the source runs code no key can stand for: compiled afresh.
    if (extensions?.some((e) => e.preprocess)) return compile(src, asyncFilters, extensions, name, opts);
    const tags = (extensions ?? []).map((e) => e.tags ?? []);
    const key = createHash('sha256')
      .update(JSON.stringify([version, src, asyncFilters, tags, name ?? null, opts ?? {}]))
      .digest('hex');
    let code = memory.get(key) ?? readIfThere(path.join(dir, `${key}.js`));
    if (code === undefined) {
      code = compile(src, asyncFilters, extensions, name, opts);
      keep(dir, `${key}.js`, code);
    }
    memory.set(key, code);
    return code;
  };
}

function readIfThere(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Written whole under another name, then renamed: two builds at once never read half a file. */
function keep(dir: string, name: string, code: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = path.join(dir, `${name}.${process.pid}.tmp`);
    writeFileSync(tmp, code);
    renameSync(tmp, path.join(dir, name));
  } catch {
    // A read-only checkout: the next run compiles again.
  }
}
