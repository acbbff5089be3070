// The rows of the benchmark: the repo's five samples, N generated distinct
// articles, and the old syndicated case (the BBC texts repeated under other
// outlets). Each writes its articles into a row's folders and says which
// article "add one" adds and what "edit one" changes.
import { generatedArticle, sampleArticles, syndicatedArticle, type BenchArticle } from './articles.ts';
import type { CorpusText } from './corpus.ts';
import { editOneSentence } from './edit.ts';
import { DistinctnessSample, type Distinctness } from './generate/distinctness.ts';
import { ArticleGenerator } from './generate/generator.ts';
import type { TopicModel } from './generate/model.ts';
import { ArticleWriter, type Folders } from './projects.ts';

export type RowKind = 'samples' | 'distinct' | 'syndicated';

export interface Changes {
  /** The article "add one" adds. */
  extra: BenchArticle;
  /** The article "edit one" changes, before and after. */
  original: BenchArticle;
  edited: BenchArticle;
  /** For generated articles: the near-duplicate check of a sample of them. */
  distinctness?: Distinctness;
}

export interface Row {
  label: string;
  kind: RowKind;
  count: number;
  /** Writes the articles to both folders (streaming: one article in memory at a time). */
  write(f: Folders): Promise<Changes>;
}

/** What the rows are made from. */
export interface Inputs {
  models: TopicModel[];
  publishers: string[];
  seed: number;
  /** Every BBC text in corpus order, repeats included (the syndicated row's old sequence). */
  texts: CorpusText[];
  /** The repo's articles folder (in the code snapshot). */
  samplesDir: string;
}

const editSentence = (i: Inputs) => new ArticleGenerator(i.models, i.publishers, i.seed).editSentence();

/** The five sample articles; "add one" adds the first generated article. */
export function samplesRow(i: Inputs): Row {
  return {
    label: 'samples',
    kind: 'samples',
    count: 5,
    write: async (f) => {
      const samples = await sampleArticles(i.samplesDir);
      const writer = new ArticleWriter(f);
      for (const a of samples) await writer.add(a);
      await writer.flush();
      const original = samples[samples.length >> 1]!;
      const extra = generatedArticle(new ArticleGenerator(i.models, i.publishers, i.seed).next());
      return { extra, original, edited: editOneSentence(original, editSentence(i)) };
    },
  };
}

/** The first `count` generated articles; "add one" adds the next of the sequence; the middle one is edited. */
export function distinctRow(i: Inputs, count: number): Row {
  return {
    label: count.toLocaleString('en-US'),
    kind: 'distinct',
    count,
    write: async (f) => {
      const generator = new ArticleGenerator(i.models, i.publishers, i.seed);
      const writer = new ArticleWriter(f);
      const check = new DistinctnessSample(count);
      let original: BenchArticle | undefined;
      for (const a of generator.take(count)) {
        const article = generatedArticle(a);
        await writer.add(article);
        check.add(a);
        if (a.index === count >> 1) original = article;
      }
      await writer.flush();
      const extra = generatedArticle(generator.next());
      const edited = editOneSentence(original!, generator.editSentence());
      return { extra, original: original!, edited, distinctness: check.result() };
    },
  };
}

/** The BBC texts in corpus order, then again under other outlets, up to `count` (mostly syndicated copies). */
export function syndicatedRow(i: Inputs, count: number): Row {
  const others = i.publishers.filter((p) => p !== 'bbc');
  const item = (n: number) => syndicatedArticle(i.texts, others, n);
  return {
    label: `${count.toLocaleString('en-US')} syndicated copies`,
    kind: 'syndicated',
    count,
    write: async (f) => {
      const writer = new ArticleWriter(f);
      for (let n = 0; n < count; n++) await writer.add(item(n));
      await writer.flush();
      const original = item(count >> 1);
      return { extra: item(count), original, edited: editOneSentence(original, editSentence(i)) };
    },
  };
}
