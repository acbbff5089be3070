import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import { parse } from 'yaml';
import { z } from 'zod';
import { slugFromHeadline } from '../../src/import/headline-slug.ts';
import { htmlToArticle } from '../../src/import/html-to-article.ts';
import { htmlToMarkdown } from '../../src/import/html-to-markdown.ts';
import { pageArticleFile } from '../../src/import/page-article-file.ts';
import { parseFrontMatter } from '../../src/load/front-matter.ts';
import { ArticleFrontMatter } from '../../src/model/article.ts';
import { readJsonLd } from '../../src/import/json-ld.ts';
import { readableArticleHtml } from '../../src/import/readable-article.ts';
import { savedFromAddress } from '../../src/import/saved-from.ts';
import { createSourceMatcher } from '../../src/import/source-domains.ts';
import { dateAsStated } from '../../src/import/stated-date.ts';
import { unknownOutlet } from '../../src/import/unknown-outlet.ts';
import { Source, SourcesFile } from '../../src/model/registries.ts';
import { FIXTURES, REPO } from '../support/helpers.ts';
import { htmlBlockTexts, markdownBlockTexts, markdownNodeTypes } from '../support/page-text.ts';

const PAGES = path.join(FIXTURES, 'pages');
const SOURCES = SourcesFile.parse(parse(readFileSync(path.join(REPO, 'registries/sources.yaml'), 'utf8')));

interface Expected {
  pageUrl: string | null;
  headline: string;
  date: string | null;
  author: string | null;
  language: string;
  publisher: string;
  publisherDomain: string;
  unknownOutletName?: string | null;
  url: string | null;
  slug: string;
  bodyIncludes: string[];
  bodyExcludes: string[];
  bodyExcludesLines?: string[];
  warnings: string[];
}

const page = (html: string) => `<!doctype html><html><head>${html}</head><body><article><h1>H</h1>
  <p>${'Some ordinary words of the article. '.repeat(30)}</p></article></body></html>`;

describe('htmlToArticle on saved news pages', () => {
  const names = readdirSync(PAGES).sort();
  it('has at least seven fixture pages', () => assert.ok(names.length >= 7, names.join(', ')));

  for (const name of names) {
    it(`extracts what ${name} states, and only its article text`, () => {
      const html = readFileSync(path.join(PAGES, name, 'page.html'), 'utf8');
      const expected = JSON.parse(readFileSync(path.join(PAGES, name, 'expected.json'), 'utf8')) as Expected;
      const article = htmlToArticle(html, expected.pageUrl ?? undefined, SOURCES);

      assert.equal(article.headline, expected.headline);
      assert.equal(article.date, expected.date);
      assert.equal(article.author, expected.author);
      assert.equal(article.language, expected.language);
      assert.equal(article.url, expected.url);
      assert.equal(article.publisher, expected.publisher);
      assert.equal(slugFromHeadline(article.headline!), expected.slug);
      if (expected.publisher === 'unknown') {
        assert.equal(article.unknownOutlet?.domain, expected.publisherDomain);
        assert.equal(article.unknownOutlet?.name ?? null, expected.unknownOutletName ?? null);
      } else {
        assert.equal(article.unknownOutlet, undefined);
        assert.equal(createSourceMatcher(SOURCES)(expected.publisherDomain).kind, 'match');
      }
      for (const text of expected.bodyIncludes) assert.ok(article.body.includes(text), `body lacks: ${text}`);
      for (const text of expected.bodyExcludes) assert.ok(!article.body.includes(text), `body has: ${text}`);
      const lines = article.body.split('\n');
      for (const line of expected.bodyExcludesLines ?? []) assert.ok(!lines.includes(line), `body has line: ${line}`);
      assert.equal(article.warnings.length, expected.warnings.length, article.warnings.join('\n'));
      for (const warning of expected.warnings) {
        assert.ok(
          article.warnings.some((w) => w.includes(warning)),
          `no warning: ${warning}`,
        );
      }
    });

    it(`${name}: the article file is valid front matter with the body as extracted`, () => {
      const html = readFileSync(path.join(PAGES, name, 'page.html'), 'utf8');
      const expected = JSON.parse(readFileSync(path.join(PAGES, name, 'expected.json'), 'utf8')) as Expected;
      const article = htmlToArticle(html, expected.pageUrl ?? undefined, SOURCES);
      const file = parseFrontMatter(`${name}.md`, pageArticleFile(article, { origin: `pages/${name}.html` }));
      assert.deepEqual(file.diagnostics, []);
      const data = ArticleFrontMatter.parse(file.data);
      assert.equal(data.headline, expected.headline);
      assert.equal(data.date, expected.date ?? 'unknown');
      assert.equal(data.url, expected.url ?? undefined);
      assert.equal(file.body, `\n${article.body}`);
    });

    it(`${name}: the Markdown reads back as the words of the blocks Readability kept`, () => {
      const html = readFileSync(path.join(PAGES, name, 'page.html'), 'utf8');
      const expected = JSON.parse(readFileSync(path.join(PAGES, name, 'expected.json'), 'utf8')) as Expected;
      const kept = readableArticleHtml(parseHTML(html).document);
      assert.ok(kept);
      const { markdown } = htmlToMarkdown(kept, { headline: expected.headline });
      assert.deepEqual(markdownBlockTexts(markdown), htmlBlockTexts(kept, expected.headline));
    });
  }
});

describe('htmlToMarkdown', () => {
  it('escapes what Markdown would read as markup, so the same words render', () => {
    const texts = [
      '*stars* and _underscores_ and 2*3*4 and snake_case_name',
      '# not a heading',
      '1. not a list item',
      '2) nor this',
      '- not a bullet',
      '+ nor this',
      '> not a quote',
      '<b>not HTML</b> and a < b > c',
      '[not](a link) and ![not](an image)',
      '`not code` and \\ a backslash',
      '---',
      '=== and ***',
      'AT&T &amp; co',
    ];
    const html = texts.map((t) => `<p>${t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`);
    const { markdown } = htmlToMarkdown(html.join('\n'));
    assert.deepEqual(markdownBlockTexts(markdown), texts);
    assert.deepEqual([...markdownNodeTypes(markdown)].sort(), ['paragraph', 'text']);
    assert.match(markdown, /^\\# not a heading$/m);
    assert.match(markdown, /^1\\\. not a list item$/m);
    assert.match(markdown, /\\</);
  });

  it('drops the invisible characters a page puts inside words: soft hyphens, zero-width spaces', () => {
    const { markdown } = htmlToMarkdown(
      '<p>two &shy;supermoons and Park\u00adGeun-hye</p><p>launch\u200b over Japan\u200b</p>',
    );
    assert.equal(markdown, 'two supermoons and ParkGeun-hye\n\nlaunch over Japan\n');
  });

  it('keeps paragraphs, subheadings, lists, block quotes and emphasis; drops media, embeds and forms', () => {
    const html = `<h2>What <em>changed</em></h2><p>Intro with <a href="/x">a link</a>.</p>
      <ul><li>one *starred*</li><li>1. numbered</li></ul><ol><li>first</li></ol>
      <blockquote><p>Quoted # words</p></blockquote>
      <figure><img src="a.jpg" alt="alt text"><figcaption>A caption</figcaption></figure>
      <iframe src="https://video.example/x"></iframe><script>var x = 1;</script><form><button>Go</button></form>
      <table><tr><td>cell</td></tr></table>`;
    const { markdown, warnings } = htmlToMarkdown(html);
    assert.equal(
      markdown,
      [
        '## What _changed_',
        '',
        'Intro with a link.',
        '',
        '- one \\*starred\\*',
        '- 1\\. numbered',
        '',
        '1. first',
        '',
        '> Quoted # words',
        '',
      ].join('\n'),
    );
    assert.deepEqual(warnings, ['1 table(s) left out: check the page for figures in them']);
  });

  it('leaves out a heading that repeats the headline', () => {
    assert.equal(htmlToMarkdown('<h2>The headline</h2><p>Text.</p>', { headline: 'The headline' }).markdown, 'Text.\n');
  });
});

describe('page metadata', () => {
  it('reads JSON-LD given as an @graph, with author and publisher linked by @id', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', '@id': 'https://n.example/a/', name: 'Page name' },
        {
          '@type': ['Article', 'NewsArticle'],
          headline: 'Graph headline',
          datePublished: '2026-03-02T11:41:27+02:00',
          author: [{ '@id': '#p1' }, { '@type': 'Organization', name: 'Desk' }],
          publisher: { '@id': '#org' },
          mainEntityOfPage: { '@id': 'https://n.example/a/' },
        },
        { '@type': 'Organization', '@id': '#org', name: 'Graph Times' },
        { '@type': 'Person', '@id': '#p1', name: 'Ana Ruiz' },
      ],
    };
    const { article, warnings } = readJsonLd([JSON.stringify(graph)]);
    assert.deepEqual(warnings, []);
    assert.equal(article?.headline, 'Graph headline');
    assert.equal(article?.datePublished, '2026-03-02T11:41:27+02:00');
    assert.deepEqual(article?.authors, ['Ana Ruiz']);
    assert.equal(article?.publisherName, 'Graph Times');
    assert.equal(article?.url, 'https://n.example/a/');
  });

  it('skips invalid JSON-LD with a warning and reads the valid blocks', () => {
    const { article, warnings } = readJsonLd([
      '{"@type": "NewsArticle", "headline": "x",}',
      '[{"@type": "BreadcrumbList"}, {"@type": "ReportageNewsArticle", "headline": "Kept &#8217;s"}]',
    ]);
    assert.equal(article?.headline, 'Kept ’s');
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /^JSON-LD block 1 is not valid JSON and was ignored/);
  });

  it('prefers a news type to a plain Article and ignores types that are not articles', () => {
    const { article } = readJsonLd([
      JSON.stringify([
        { '@type': 'Article', headline: 'Plain' },
        { '@type': 'LiveBlogPosting', headline: 'Live', liveBlogUpdate: [{ '@type': 'NewsArticle', headline: 'U' }] },
        { '@type': 'VideoObject', name: 'Video' },
      ]),
    ]);
    assert.equal(article?.headline, 'Live');
    assert.equal(readJsonLd(['{"@type": "MediaGallery", "name": "Photos"}']).article, undefined);
  });

  it("takes the date part of a stated time, in the page's own time zone; nothing else is a date", () => {
    assert.equal(dateAsStated('2026-01-27T23:48:12-05:00'), '2026-01-27');
    assert.equal(dateAsStated('2026-01-28T04:48:12.000Z'), '2026-01-28');
    assert.equal(dateAsStated('2026-03-11'), '2026-03-11');
    assert.equal(dateAsStated(' 2026-03-11 09:15 '), '2026-03-11');
    assert.equal(dateAsStated('2026-02-30T10:00:00Z'), null);
    assert.equal(dateAsStated('March 11, 2026'), null);
    assert.equal(dateAsStated('1772827390000'), null);
  });

  it('takes any input without throwing: empty, bare text, a fragment, only JSON-LD', () => {
    for (const html of ['', 'just text', '<p>one</p>', '<script type="application/ld+json">[[[1]]]</script>']) {
      const article = htmlToArticle(html, 'https://x.example/', []);
      assert.equal(article.date, null, html);
      assert.ok(article.warnings.length > 0, html);
    }
  });

  it('fills in nothing the page does not state', () => {
    const article = htmlToArticle(page('<title>Only a title</title>'), undefined, SOURCES);
    assert.equal(article.headline, 'Only a title');
    assert.equal(article.date, null);
    assert.equal(article.author, null);
    assert.equal(article.url, null);
    assert.equal(article.publisher, 'unknown');
    assert.equal(article.unknownOutlet, undefined);
    assert.ok(article.warnings.some((w) => w.includes('states no publication date')));
    assert.ok(article.warnings.some((w) => w.includes('no address for the page')));
  });

  it('takes a name, never an address, as the author; an organisation is not an author', () => {
    const named = htmlToArticle(
      page(`<meta property="article:author" content="https://facebook.example/x">
      <meta name="author" content="Dana Whitfield">`),
      undefined,
      SOURCES,
    );
    assert.equal(named.author, 'Dana Whitfield');
    const organisation = htmlToArticle(
      page(`<script type="application/ld+json">
      {"@type": "NewsArticle", "headline": "H", "author": {"@type": "Organization", "name": "Desk"}}</script>`),
      undefined,
      SOURCES,
    );
    assert.equal(organisation.author, null);
  });

  it('drops the site name from og:title and <title>, and resolves a relative canonical address', () => {
    const article = htmlToArticle(
      page(`<meta property="og:title" content="Bridge reopens | Valley Post">
      <meta property="og:site_name" content="Valley Post"><link rel="canonical" href="/news/bridge-reopens">`),
      'https://www.valleypost.example/amp/news/bridge-reopens',
      SOURCES,
    );
    assert.equal(article.headline, 'Bridge reopens');
    assert.equal(article.url, 'https://www.valleypost.example/news/bridge-reopens');
    const titled = htmlToArticle(
      `<!doctype html><title>Bridge reopens – News – Valley Post</title>
      <article><header><h1>Bridge reopens</h1></header><p>${'Words. '.repeat(120)}</p></article>`,
      undefined,
      SOURCES,
    );
    assert.equal(titled.headline, 'Bridge reopens');
  });
});

describe('outlets', () => {
  const registry = [
    { id: 'bbc', homepage: 'https://www.bbc.co.uk/news', domains: ['bbc.co.uk', 'bbc.com'] },
    { id: 'cnn', homepage: 'https://edition.cnn.com/' },
    { id: 'guardian-au', homepage: 'https://www.theguardian.com/au', domains: ['au.theguardian.com'] },
    { id: 'guardian', homepage: 'https://www.theguardian.com/' },
    { id: 'copy-a', homepage: 'https://same.example/' },
    { id: 'copy-b', homepage: 'https://www.same.example/b' },
  ];
  const match = createSourceMatcher(registry);

  it("matches www., sub-domains and every listed domain; the homepage's registered domain without `domains`", () => {
    assert.deepEqual(match('www.bbc.com'), { kind: 'match', id: 'bbc', domain: 'bbc.com' });
    assert.deepEqual(match('news.bbc.co.uk'), { kind: 'match', id: 'bbc', domain: 'bbc.co.uk' });
    assert.deepEqual(match('www.cnn.com'), { kind: 'match', id: 'cnn', domain: 'cnn.com' });
    assert.deepEqual(match('WWW.CNN.COM.'), { kind: 'match', id: 'cnn', domain: 'cnn.com' });
    assert.deepEqual(match('au.theguardian.com'), { kind: 'match', id: 'guardian-au', domain: 'au.theguardian.com' });
    assert.deepEqual(match('www.theguardian.com'), { kind: 'match', id: 'guardian', domain: 'theguardian.com' });
  });

  it('never matches on a public suffix or a look-alike, and reports a domain two sources claim', () => {
    assert.deepEqual(match('www.itv.co.uk'), { kind: 'none' });
    assert.deepEqual(match('notbbc.com'), { kind: 'none' });
    assert.deepEqual(match('www.same.example'), {
      kind: 'ambiguous',
      ids: ['copy-a', 'copy-b'],
      domain: 'same.example',
    });
  });

  it('drafts a registry entry for an unknown outlet that parses and validates once its TODOs are done', () => {
    const outlet = unknownOutlet(
      'valleypost.example',
      'https://www.valleypost.example',
      'Valley Post: "Local"',
      new Set(['bbc']),
    );
    assert.equal(outlet.name, 'Valley Post: "Local"');
    assert.match(outlet.entry, /country: XX {2}# TODO/);
    const [entry] = parse(outlet.entry) as Record<string, unknown>[];
    const WithDomains = Source.extend({ domains: z.array(z.string()) });
    assert.deepEqual(WithDomains.parse(entry), {
      id: 'valley-post-local',
      name: 'Valley Post: "Local"',
      aliases: [],
      homepage: 'https://www.valleypost.example/',
      country: 'XX',
      kind: 'outlet',
      domains: ['valleypost.example'],
    });
    const unnamed = unknownOutlet('bbc.example', 'https://bbc.example', null, new Set(['bbc']));
    assert.match(unnamed.entry, /^- id: bbc {2}# TODO: this id is taken/);
    assert.match(unnamed.entry, /name: bbc\.example {2}# TODO/);
  });

  it('names the outlet by the page address, else by the canonical one', () => {
    const html = page('<link rel="canonical" href="https://www.bbc.co.uk/news/articles/x">');
    assert.equal(htmlToArticle(html, undefined, SOURCES).publisher, 'bbc');
    const copy = htmlToArticle(html, 'https://mirror.example/x', SOURCES);
    assert.equal(copy.publisher, 'unknown');
    assert.ok(copy.warnings.some((w) => w.includes('is on another site than mirror.example')));
  });
});

describe('slugFromHeadline', () => {
  it('transliterates Cyrillic and Greek headlines', () => {
    assert.equal(slugFromHeadline('Україна отримала нову партію ППО'), 'ukrayina-otrimala-novu-partiyu-ppo');
    assert.equal(
      slugFromHeadline('Η Αθήνα ανακοινώνει νέα μέτρα για τη στέγαση'),
      'i-athina-anakoinonei-nea-metra-gia-ti-stegasi',
    );
    assert.equal(slugFromHeadline('Zürich’s “Grüße” — 1,000 km'), 'zuerichs-gruesse-1-000-km');
  });

  it('cuts at a word boundary at 60 characters at most', () => {
    const slug = slugFromHeadline('Storm Ilse live: 60,000 homes without power as gusts reach 92mph on west coast');
    assert.equal(slug, 'storm-ilse-live-60-000-homes-without-power-as-gusts-reach');
    assert.ok(slug!.length <= 60);
    assert.equal(slugFromHeadline('a'.repeat(70)), 'a'.repeat(60));
    assert.equal(slugFromHeadline(`${'b'.repeat(55)} cdefgh`), 'b'.repeat(55));
  });

  it('returns null when nothing usable remains', () => {
    assert.equal(slugFromHeadline('東京で大雪'), null);
    assert.equal(slugFromHeadline('!!! — ???'), null);
    assert.equal(slugFromHeadline(''), null);
  });
});

describe('where the page states it', () => {
  it('records where each value is stated, and the file says so after each value', () => {
    const html = readFileSync(path.join(PAGES, 'wordpress-opengraph/page.html'), 'utf8');
    const article = htmlToArticle(html, undefined, SOURCES);
    assert.deepEqual(article.statedIn, {
      headline: 'og:title',
      date: 'article:published_time',
      author: '<meta name="author">',
      canonical: 'og:url',
      language: '<html lang>',
    });
    const file = pageArticleFile(article, { origin: 'saved/ledger.html', page: 'the saved page saved/ledger.html' });
    assert.match(file, /^# Imported from the saved page saved\/ledger\.html\n# Each value is as the page states it/m);
    assert.match(
      file,
      /^headline: School board votes 5-2 to close Alder Street Elementary # from the page: og:title$/m,
    );
    assert.match(file, /^date: 2026-01-27 # from the page: article:published_time$/m);
    assert.match(file, /^origin: saved\/ledger\.html$/m);
  });

  it('reads the address a browser marks a saved page with', () => {
    const url = 'https://www.bbc.co.uk/news/articles/c4g7zq2x1r9o';
    assert.equal(savedFromAddress(`<!DOCTYPE html>\n<!-- saved from url=(0046)${url} -->\n<html>`), url);
    assert.equal(savedFromAddress('<!-- saved from url=(0014)about:internet -->'), null);
    assert.equal(savedFromAddress(`${' '.repeat(3000)}<!-- saved from url=(0046)${url} -->`), null);
  });

  it('proposes no registry entry for a page on an IP address or a local name', () => {
    const article = htmlToArticle(page(''), 'http://127.0.0.1:8080/x', SOURCES);
    assert.equal(article.publisher, 'unknown');
    assert.equal(article.unknownOutlet, undefined);
    assert.ok(article.warnings.some((w) => w.includes('127.0.0.1 is not a public domain name')));
  });

  it('reads a page that leaves out its optional <head> and <body> tags, and counts words without spaces', () => {
    const text = '<p>東京都心で10センチの積雪を観測し、交通機関に大きな乱れが出ています。</p>'.repeat(20);
    const article = htmlToArticle(
      `<!doctype html><html lang="ja"><title>東京で大雪</title><article>${text}</article>`,
      undefined,
      [],
    );
    assert.equal(article.headline, '東京で大雪');
    assert.equal(article.language, 'ja');
    assert.match(article.body, /^東京都心で10センチの積雪を観測し/);
    assert.ok(!article.warnings.some((w) => w.includes('words of text')), article.warnings.join('\n'));
  });
});
