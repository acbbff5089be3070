import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCitations } from '../../src/analyse/citations.ts';
import type { Source } from '../../src/model/registries.ts';

const src = (id: string, name: string, aliases: string[] = []): Source => ({
  id,
  name,
  aliases,
  homepage: 'https://example.org/',
  country: 'GB',
  kind: 'agency',
});
const sources = [src('reuters', 'Reuters'), src('ap', 'Associated Press', ['AP']), src('daily', 'Daily Example')];
const cite = (text: string, publisher: string | null = null) =>
  findCitations([{ text, line: 7 }], sources, publisher).map((c) => `${c.source}: ${c.text}`);

describe('findCitations', () => {
  it('finds an outlet next to a reporting cue, with the sentence', () => {
    assert.deepEqual(cite('Rain fell. A minister told Reuters the road would reopen. Nothing else.'), [
      'reuters: A minister told Reuters the road would reopen.',
    ]);
    assert.deepEqual(cite('According to AP, 300 homes flooded.'), ['ap: According to AP, 300 homes flooded.']);
    assert.deepEqual(cite('The Associated Press reported heavy rain.'), [
      'ap: The Associated Press reported heavy rain.',
    ]);
  });

  it('ignores mentions without a cue, partial words, and the publisher itself', () => {
    assert.deepEqual(cite('Reuters Street was flooded. The APEX index fell.'), []);
    assert.deepEqual(cite('Daily Example reported the closure first.', 'daily'), []);
  });
});
