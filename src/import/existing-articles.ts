import { parse } from 'yaml';
import type { InputFile } from '../load/project.ts';
import { slugKey } from '../model/common.ts';

/** The project's articles as the importer needs them: which slugs are taken, and what was imported from where. */
export class ExistingArticles {
  private readonly slugs = new Map<string, string>();
  private readonly sources = new Map<string, string>();

  /** From the project's article files (see loadProject): names, and the `origin` and `url` of each. */
  constructor(files: readonly InputFile[] = []) {
    const decoder = new TextDecoder();
    for (const { file, bytes } of files) {
      const { origin, url } = importedFrom(decoder.decode(bytes.subarray(0, FRONT_MATTER_BYTES)));
      this.add(file, origin, url);
    }
  }

  /** Records an article, such as one this import has just written. */
  add(file: string, origin: string | null, url: string | null): void {
    this.slugs.set(slugKey(slugOf(file)), file);
    if (origin) this.sources.set(`origin ${origin}`, file);
    if (url) this.sources.set(`url ${url}`, file);
  }

  /** The article file whose slug equals this one after NFC and lower case (the build's rule), wherever it is. */
  withSlug(slug: string): string | undefined {
    return this.slugs.get(slugKey(slug));
  }

  /** An article imported from the same file or address, or stating the same canonical address: already present. */
  importedFrom(origin: string, url: string | null): string | undefined {
    return this.sources.get(`origin ${origin}`) ?? (url ? this.sources.get(`url ${url}`) : undefined);
  }
}

/** Front matter is capped at 16 KiB; `origin` and `url` sit well inside it. */
const FRONT_MATTER_BYTES = 20 * 1024;

const slugOf = (file: string): string => file.replace(/^.*\//, '').replace(/\.md$/, '');

/**
 * The `origin:` and `url:` lines of an article's front matter, each read as YAML (quoted or not, with or
 * without a comment). A line at a time is enough for the two plain fields the importer writes, and much
 * quicker than parsing thousands of front matters whole.
 */
function importedFrom(text: string): { origin: string | null; url: string | null } {
  const end = text.indexOf('\n---', 3);
  const head = text.startsWith('---') && end !== -1 ? text.slice(0, end) : '';
  const value = (key: string): string | null => {
    const line = new RegExp(`^${key}:.*$`, 'm').exec(head)?.[0];
    if (!line) return null;
    try {
      const parsed = (parse(line) as Record<string, unknown>)[key];
      return typeof parsed === 'string' ? parsed : null;
    } catch {
      return null;
    }
  };
  return { origin: value('origin'), url: value('url') };
}
