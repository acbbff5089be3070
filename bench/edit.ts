// The "edit one article" change: one sentence of an article replaced, as an
// editor fixing a sentence would.
import { markdownLine } from './article-file.ts';
import { benchArticle, type BenchArticle } from './articles.ts';
import { sentencesOf } from './generate/text.ts';

/** The article with the last sentence of its longest prose paragraph replaced by `sentence`. */
export function editOneSentence(a: BenchArticle, sentence: string): BenchArticle {
  const blocks = a.body.split('\n\n');
  const prose = blocks.map((b, i) => [b, i] as const).filter(([b]) => !b.startsWith('- ') && b.trim() !== '');
  if (prose.length === 0) throw new Error(`${a.slug}: no paragraph to edit`);
  const [text, at] = prose.reduce((long, p) => (p[0].length > long[0].length ? p : long));
  const sentences = sentencesOf(text.trimEnd());
  const edited = [...sentences.slice(0, -1), markdownLine(sentence)].join(' ');
  if (edited === text.trimEnd()) throw new Error(`${a.slug}: the edit changes nothing`);
  blocks[at] = text.endsWith('\n') ? `${edited}\n` : edited;
  const file = `${a.file.slice(0, a.file.length - a.body.length)}${blocks.join('\n\n')}`;
  return benchArticle(a.slug, file, a.headline);
}
