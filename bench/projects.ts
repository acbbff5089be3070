// The two folders a size is built from: a Triangulate project, and the same
// articles as a plain Eleventy 3 site (the baseline).
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import type { BenchArticle } from './articles.ts';

/** The minimal layout the baseline renders every article with. */
const LAYOUT = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><main><h1>{{ title }}</h1>
{{ content | safe }}
</main></body>
</html>
`;

export interface Folders {
  /** Triangulate project root (articles/, registries/, dist/, .cache/). */
  project: string;
  /** Eleventy input folder (the articles and _includes/base.njk). */
  baselineInput: string;
  baselineOutput: string;
}

export function folders(dir: string): Folders {
  return {
    project: path.join(dir, 'project'),
    baselineInput: path.join(dir, 'baseline/src'),
    baselineOutput: path.join(dir, 'baseline/_site'),
  };
}

const ourFile = (f: Folders, a: BenchArticle) => path.join(f.project, 'articles', `${a.slug}.md`);
const baselineFile = (f: Folders, a: BenchArticle) => path.join(f.baselineInput, `${a.slug}.md`);

export async function addArticle(f: Folders, a: BenchArticle): Promise<void> {
  await writeFile(ourFile(f, a), a.file);
  await writeFile(
    baselineFile(f, a),
    `---\n${stringify({ layout: 'base.njk', title: a.headline }, { lineWidth: 0 })}---\n${a.body}`,
  );
}

export async function removeArticle(f: Folders, a: BenchArticle): Promise<void> {
  await rm(ourFile(f, a));
  await rm(baselineFile(f, a));
}

/** Writes both folders: the repo's registries and the articles; the layout and the articles. */
export async function writeFolders(f: Folders, registries: string, articles: BenchArticle[]): Promise<void> {
  await cp(registries, path.join(f.project, 'registries'), { recursive: true });
  await mkdir(path.join(f.project, 'articles'), { recursive: true });
  await mkdir(path.join(f.baselineInput, '_includes'), { recursive: true });
  await writeFile(path.join(f.baselineInput, '_includes/base.njk'), LAYOUT);
  for (const a of articles) await addArticle(f, a);
}
