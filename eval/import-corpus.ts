// Brings texts into a project the way an editor does: one `import` command per text.
// Kept to this one function on purpose: it is to be switched to a batch import.
import { runCliOrThrow } from './child.ts';

export interface ImportRecord {
  /** Absolute path of the raw text (line 1 is the headline). */
  text: string;
  slug: string;
  publisher: string;
  /** YYYY-MM-DD, or null when the date is unknown (then no --date is passed). */
  date: string | null;
}

/** Two imports at a time: each is a separate Node process, and the machine has two cores. */
const PARALLEL = 2;

export async function importCorpus(records: ImportRecord[], root: string): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < records.length) {
      const r = records[next++]!;
      const args = ['import', r.text, '--root', root, '--slug', r.slug, '--headline-line', '1'];
      args.push('--publisher', r.publisher);
      await runCliOrThrow(r.date ? [...args, '--date', r.date] : args);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}
