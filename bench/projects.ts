// The two folders a row is built from: a Triangulate project, and the same
// article bodies as a plain Eleventy 3 site (the baselines).
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchArticle } from './articles.ts';
import { WriteQueue } from './write-queue.ts';

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

const projectFile = (f: Folders, slug: string) => path.join(f.project, 'articles', `${slug}.md`);

/** Empty folders: the repo's registries in the project, the layout in the baseline. */
export function createFolders(f: Folders, registries: string): void {
  cpSync(registries, path.join(f.project, 'registries'), { recursive: true });
  mkdirSync(path.join(f.project, 'articles'), { recursive: true });
  mkdirSync(path.join(f.baselineInput, '_includes'), { recursive: true });
  writeFileSync(path.join(f.baselineInput, '_includes/base.njk'), LAYOUT);
}

/** Writes articles to both folders, the writes overlapping the making of the next articles. */
export class ArticleWriter {
  private readonly queue = new WriteQueue();

  constructor(private readonly f: Folders) {}

  async add(a: BenchArticle): Promise<void> {
    await this.queue.write(projectFile(this.f, a.slug), a.file);
    // A JSON string is a valid YAML scalar, and much quicker to write than through a YAML library.
    const frontMatter = `layout: base.njk\ntitle: ${JSON.stringify(a.headline)}\n`;
    await this.queue.write(path.join(this.f.baselineInput, `${a.slug}.md`), `---\n${frontMatter}---\n${a.body}`);
  }

  flush(): Promise<void> {
    return this.queue.flush();
  }
}

/** Writes (or rewrites) an article in the Triangulate project only: the baselines are only built cold. */
export const putProjectArticle = (f: Folders, a: BenchArticle) => writeFileSync(projectFile(f, a.slug), a.file);

export const removeProjectArticle = (f: Folders, slug: string) => rmSync(projectFile(f, slug));
