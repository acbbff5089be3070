import assert from 'node:assert/strict';
import { childrenNamed, parseXml } from './xml.ts';

export interface FeedEntryRead {
  id: string;
  url: string;
  title: string;
  /** Publication date, when the feed gives one. */
  published: string | null;
}

export interface FeedRead {
  title: string;
  self: string;
  updated: string | null;
  entries: FeedEntryRead[];
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const one = (list: { text: string }[], what: string) => {
  assert.equal(list.length, 1, `exactly one ${what}`);
  return list[0]!.text;
};

/** An Atom feed, parsed as strict XML and checked for what RFC 4287 requires (bar <updated> on undated entries, left out on purpose). */
export function readAtom(xml: string): FeedRead {
  const feed = parseXml(xml);
  assert.equal(feed.name, 'feed');
  assert.equal(feed.attrs.xmlns, 'http://www.w3.org/2005/Atom');
  const updated = childrenNamed(feed, 'updated');
  for (const u of updated) assert.match(u.text, RFC3339);
  const self = childrenNamed(feed, 'link').find((l) => l.attrs.rel === 'self')?.attrs.href;
  assert.ok(self, 'a self link');
  const entries = childrenNamed(feed, 'entry').map((e) => {
    const dates = [...childrenNamed(e, 'published'), ...childrenNamed(e, 'updated')];
    for (const d of dates) assert.match(d.text, RFC3339);
    assert.ok(
      childrenNamed(e, 'author').every((a) => childrenNamed(a, 'name').length === 1),
      'authors have a name',
    );
    const url = childrenNamed(e, 'link').find((l) => l.attrs.rel === 'alternate')?.attrs.href;
    assert.ok(url, 'an entry links to its page');
    return {
      id: one(childrenNamed(e, 'id'), 'entry id'),
      url,
      title: one(childrenNamed(e, 'title'), 'entry title'),
      published: childrenNamed(e, 'published')[0]?.text ?? null,
    };
  });
  return { title: one(childrenNamed(feed, 'title'), 'title'), self, updated: updated[0]?.text ?? null, entries };
}

/** A JSON Feed 1.1, checked for its required fields (version, title, items with an id and content). */
export function readJsonFeed(text: string): FeedRead {
  const feed = JSON.parse(text);
  assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
  assert.equal(typeof feed.title, 'string');
  assert.ok(Array.isArray(feed.items));
  const entries = feed.items.map((item: Record<string, unknown>) => {
    assert.equal(typeof item.id, 'string');
    assert.ok(
      typeof item.content_text === 'string' || typeof item.content_html === 'string',
      'content_text or content_html',
    );
    if ('date_published' in item) assert.match(String(item.date_published), RFC3339);
    return { id: item.id, url: item.url, title: item.title, published: item.date_published ?? null };
  });
  return { title: feed.title, self: feed.feed_url, updated: null, entries };
}
