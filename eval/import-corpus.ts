// Brings texts into a project the way an editor does, through the import command's own code,
// in this process: one Node process per text took about a second each, most of the run.
import { importArticles } from '../src/index.ts';

export interface ImportRecord {
  /** Absolute path of the raw text (line 1 is the headline). */
  text: string;
  slug: string;
  publisher: string;
  /** YYYY-MM-DD, or null when the date is unknown (then no --date is passed). */
  date: string | null;
}

export async function importCorpus(records: ImportRecord[], root: string): Promise<void> {
  const printed: string[] = [];
  const io = { log: (line: string) => printed.push(line), error: (line: string) => printed.push(line) };
  for (const r of records) {
    const options = { slug: r.slug, headlineLine: 1, publisher: r.publisher, ...(r.date ? { date: r.date } : {}) };
    const code = await importArticles({ root, inputs: [r.text], options, ...io });
    if (code !== 0) throw new Error(`import ${r.text} exited with ${code}:\n${printed.slice(-12).join('\n')}`);
  }
}
