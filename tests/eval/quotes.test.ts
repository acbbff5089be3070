import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quoteMatches, scoreQuotes } from '../../eval/score/quotes.ts';
import { article, person, quote } from './fixtures.ts';

const a = article('a', {
  people: [
    { name: 'Vicente Fox', forms: ['Vincente Fox', 'Fox'] },
    { name: 'Jorge Ramos', forms: ['Ramos'] },
  ],
  quotes: [
    { text: 'We are not going to pay for that wall,', speaker: 'Vicente Fox' },
    { text: 'He tried to silence me,', speaker: 'Jorge Ramos' },
    { text: 'We take great pride in our service,', speaker: 'All Nippon Airways', speaker_type: 'organization' },
    { text: 'Mexico!', speaker: null, fragment: true },
    { text: 'criminals', speaker: 'Donald Trump', fragment: true },
    { text: 'Build the wall', speaker: 'Donald Trump', in_headline: true },
  ],
});
const people = [person('vicente-fox', { 'Vincente Fox': ['a'] }, 'Vicente Fox'), person('ramos', { Ramos: ['a'] })];

describe('quote scoring', () => {
  it('matches by containment either way, quotation marks, case and spacing aside', () => {
    const gold = { text: 'We are not going to pay for that wall,', speaker: null };
    assert.ok(quoteMatches('“We are NOT going to pay  for that wall.”', gold));
    assert.ok(quoteMatches('not going to pay', gold));
    assert.ok(quoteMatches('Fox said: We are not going to pay for that wall, ever', gold));
    assert.ok(!quoteMatches('We are going', gold));
    assert.ok(!quoteMatches('going to pa', gold), 'words are whole');
  });

  it('matches an excerpt (the first 8 words) by its start', () => {
    const gold = { text: 'To each and every person affected by this', speaker: null, excerpt: true };
    assert.ok(quoteMatches('To each and every person affected by this breach, I am deeply sorry', gold));
    assert.ok(quoteMatches('To each and every person', gold));
    assert.ok(!quoteMatches('affected by this breach, I am deeply sorry', gold), 'an excerpt says nothing of the rest');
  });

  it('judges the speaker of each matched appearance', () => {
    const s = scoreQuotes(
      [
        quote('q1', 'vicente-fox', [['a', 'We are not going to pay for that wall,']]),
        quote('q2', 'vicente-fox', [['a', 'He tried to silence me,']]),
        quote('q3', null, [['a', 'We take great pride in our service,']], 'All Nippon Airways (ANA)'),
        quote('q4', null, [['a', 'Mexico!']]),
        quote('q5', null, [['a', 'The wall is a fine thing, they said']]),
        quote('q6', 'ramos', [['b', 'not annotated']]),
      ],
      people,
      [a],
    );
    assert.deepEqual(
      s.judgements.map((j) => j.verdict),
      ['right', 'wrong', 'right', 'right', 'not a quote'],
    );
    assert.equal(s.extracted, 5);
    assert.equal(s.matched, 4);
    assert.equal(s.rightShare, 0.75);
    assert.equal(s.wrongShare, 0.25);
    assert.equal(s.notQuotes, 1);
    assert.deepEqual(s.found, { gold: 5, found: 4, recall: 0.8 }, 'the headline quote is not counted');
    assert.deepEqual(s.foundFragments, { gold: 2, found: 1, recall: 0.5 });
    assert.deepEqual(s.missed, [{ article: 'a', text: 'criminals' }]);
  });

  it('gives no speaker where the open data names none and the annotation does', () => {
    const s = scoreQuotes([quote('q', null, [['a', 'He tried to silence me']], 'Univision')], people, [a]);
    assert.equal(s.judgements[0]!.verdict, 'none');
    const ministry = quote('q', null, [['a', 'We take great pride in our service']], 'the ministry');
    const org = scoreQuotes([ministry], people, [a]);
    assert.equal(org.judgements[0]!.verdict, 'none', 'an attribution sharing no word with the organisation');
  });
});
