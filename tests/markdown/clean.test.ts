import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toString } from 'mdast-util-to-string';
import { removeFurniture } from '../../src/markdown/clean.ts';
import { parseMarkdown } from '../../src/markdown/render.ts';

const clean = (
  body: string,
  headline = 'Floods close the valley road as rivers burst their banks',
  publisherNames = ['Daily Example'],
) => {
  const tree = parseMarkdown(body);
  const removed = removeFurniture(tree, { headline, publisherNames });
  return { kept: tree.children.map((n) => toString(n)), removed: removed.map((r) => `${r.rule}@${r.line}: ${r.text}`) };
};

describe('removeFurniture', () => {
  it('removes labels, teasers, truncated breadcrumbs, the repeated headline and a bare dateline', () => {
    const body = [
      'WeatherFloods close the valley road as rivers...',
      'Floods close the valley road as rivers burst their banks',
      'Daily Example',
      'Heavy rain closed the road on Monday, the council said.',
      'Read more: Ten ways to prepare your home for winter',
      'Advertisement',
      'Engineers expect to reopen it within a week.',
      'Trending now',
      'Most read',
    ].join('\n\n');
    const { kept, removed } = clean(body);
    assert.deepEqual(kept, [
      'Heavy rain closed the road on Monday, the council said.',
      'Engineers expect to reopen it within a week.',
    ]);
    assert.deepEqual(removed, [
      'truncated-teaser@1: WeatherFloods close the valley road as rivers...',
      'repeated-headline@3: Floods close the valley road as rivers burst their banks',
      'dateline@5: Daily Example',
      'see-also@9: Read more: Ten ways to prepare your home for winter',
      'site-label@11: Advertisement',
      'site-label@15: Trending now',
      'site-label@17: Most read',
    ]);
  });

  it('keeps ordinary sentences that merely start like furniture', () => {
    const body = [
      'Related to the closure, two schools shut early.',
      'Latest figures show 300 homes were flooded.',
      'The mayor said it was "the worst in years..."',
    ].join('\n\n');
    assert.deepEqual(clean(body).removed, []);
  });
});

/** The rule that removed each block, keyed by the block's first words; kept blocks are absent. */
const rules = (blocks: string[], headline?: string, authors?: string[]) => {
  const tree = parseMarkdown(blocks.join('\n\n'));
  const removed = removeFurniture(tree, {
    headline: headline ?? 'Floods close the valley road as rivers burst their banks',
    publisherNames: ['Daily Example'],
    authors,
  });
  return Object.fromEntries(removed.map((r) => [r.text.split(' ').slice(0, 4).join(' '), r.rule]));
};
const PROSE = 'Heavy rain closed the valley road on Monday, the council said.';

describe('removeFurniture: furniture of scraped pages, by its shape', () => {
  it('removes runs of page labels, counters and rules drawn with characters', () => {
    const found = rules([
      PROSE,
      'Advertisement Continue reading the main story',
      'Photo',
      'Slideshow (3 Images)',
      'Share this article Facebook Twitter Email',
      '\\_\\_\\_', // as the import escapes "___"
    ]);
    assert.deepEqual(found, {
      'Advertisement Continue reading the': 'site-label',
      Photo: 'site-label',
      'Slideshow (3 Images)': 'site-label',
      'Share this article Facebook': 'site-label',
      ___: 'site-label',
    });
  });

  it('removes captions: credits, gallery counters, agency caption forms, present-tense dated captions', () => {
    const found = rules([
      PROSE,
      'A firefighter walks past the ruins of the mill on Tuesday. (Jane Doe/Example Agency via AP)',
      'Enlarge this image toggle caption Jane Doe/AP Jane Doe/AP',
      'FILE - In this March 3, 2019 file photo, a ferry leaves the harbour in heavy rain.',
      'Photos: Floods in the valley A tractor pulls a car from the water. Hide Caption 4 of 12',
      'A rescue boat is launched during a drill at the harbour on March 3, 2019.',
      'The flooded market square, seen from the church tower, is pictured on Tuesday morning',
      'Volunteers fill sandbags outside the town hall. Photograph: Jane Doe/Example Agency',
      'Using drones, the survey team mapped the flooded fields in under an hour. Example Valley Council',
      'Jane Doe/Example Agency',
    ]);
    assert.deepEqual(Object.values(found), Array(9).fill('caption'));
  });

  it('removes calls to the reader, with the air times under a call to watch', () => {
    const found = rules([
      PROSE,
      'Sign up for our morning newsletter',
      'Do you have a story for the Daily Example? Email us at tips@example.com',
      'Interested in Floods? Add Floods as an interest to stay up to date on the latest news. Add Interest',
      'Valley Special: The Long Rain. Watch the documentary on Example TV: 9 p.m. ET, Friday March 3',
      '10 a.m. GMT Saturday, March 4',
      'Follow Jane Doe on Twitter at https://twitter.com/janedoe',
      'Jane Doe can be reached at jane@example.com.',
      'The Morning Brief is a daily newsletter from Example News designed to help you keep up. Subscribe.',
      `Newsletter Sign Up Continue reading the main story Sign Up for the Flood Newsletter ${'Every week, the news. '.repeat(20)}Please verify you're not a robot. Invalid email address. Please re-enter. You must select a newsletter to subscribe to. Sign Up`,
    ]);
    assert.deepEqual(Object.values(found), Array(9).fill('call-to-action'));
  });

  it('removes copyright lines, credits of the text, time stamps, embedded posts and video labels', () => {
    const found = rules(
      [
        'By Jane Doe',
        'Updated at 9:50 p.m. ET Thursday',
        PROSE,
        'Water everywhere this morning pic.twitter.com/abc123 — Jane (@jane_doe) March 3, 2019',
        'JUST WATCHED Rescue on the river Replay More Videos ... MUST WATCH Rescue on the river 01:12',
        'John Roe contributed to this report.',
        '(Additional reporting by John Roe; Editing by Ann Poe)',
        'Copyright 2019 Example Agency. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
        'Mary Major, Valley correspondent',
      ],
      undefined,
      ['Mary Major'],
    );
    assert.deepEqual(found, {
      'By Jane Doe': 'byline',
      'Updated at 9:50 p.m.': 'time-stamp',
      'Water everywhere this morning': 'embed',
      'JUST WATCHED Rescue on': 'video',
      'John Roe contributed to': 'credit-line',
      '(Additional reporting by John': 'credit-line',
      'Copyright 2019 Example Agency.': 'copyright',
      'Mary Major, Valley correspondent': 'byline',
    });
  });

  it('removes lists of links to other stories', () => {
    const found = rules([
      PROSE,
      "MOST READ IN NEWS FLOOD ALERT Town braces for more rain 'WE LOST EVERYTHING' Farmers count the cost",
      '[Town braces for more rain as river keeps rising]',
      'READ MORE: Town braces for more rain as river keeps rising',
    ]);
    assert.deepEqual(Object.values(found), ['see-also', 'see-also', 'see-also']);
  });
});

describe('removeFurniture: furniture by its place among the blocks', () => {
  it('removes a summary box, a teaser inside a quotation, a caption restating a paragraph, a repeated post', () => {
    const found = rules([
      'Story highlights The valley road is closed after two days of rain',
      'Engineers say it could reopen within a week',
      PROSE,
      '“We have never seen the river this high. The water came over the wall in minutes,” the mayor said, “and',
      'Town braces for more rain as river keeps rising',
      '“we had no time to move the cars.”',
      'Rescue teams pulled twelve people from cars stranded on the flooded valley road near the old mill on Monday evening.',
      'Rescue teams pulled twelve people from cars stranded on the flooded valley road near the mill',
      'The mayor wrote on social media: “Please stay away from the river banks tonight, everyone.”',
      'Please stay away from the river banks tonight, everyone. Stay safe.',
    ]);
    assert.deepEqual(found, {
      'Story highlights The valley': 'highlights',
      'Engineers say it could': 'highlights',
      'Town braces for more': 'inserted-teaser',
      'Rescue teams pulled twelve': 'repeated-text',
      'Please stay away from': 'embed',
    });
  });

  it('removes bullet points without a label that open the text, and no single line before it', () => {
    const bullets = [
      "'We have never seen the river this high,' the mayor said",
      'Engineers say the valley road could reopen within a week',
    ];
    assert.deepEqual(Object.values(rules([...bullets, PROSE])), ['highlights', 'highlights']);
    assert.deepEqual(rules([bullets[1]!, PROSE]), {});
  });

  it('removes the captions of a gallery around one recognised by its wording, and nothing past the run', () => {
    const found = rules([
      PROSE,
      'Engineers expect to reopen the road within a week',
      'Here is what the council said about the repairs:',
      'A tractor pulls a car out of the water near the old mill in the early evening',
      'The flooded market square is pictured from the church tower on Tuesday morning',
      'Volunteers fill sandbags outside the town hall as the river keeps rising',
      'A rescue boat makes its way along the high street, past the closed shops',
      'The council had warned residents on Sunday evening.',
      'The water is expected to go down by the end of the week',
    ]);
    assert.deepEqual(found, {
      'A tractor pulls a': 'caption',
      'The flooded market square': 'caption',
      'Volunteers fill sandbags outside': 'caption',
      'A rescue boat makes': 'caption',
    });
  });

  it('keeps prose that merely resembles furniture', () => {
    const prose = [
      PROSE,
      'Sign-ups for the flood insurance scheme rose by a third, the council said.',
      'Follow-up inspections are planned for next week.',
      'She was pictured wading through the water. (Reporting by John Roe; Editing by Ann Poe)',
      'The new bridge is expected to open on March 3, 2020.',
      'The mayor is seen as the favourite to win re-election in May',
      'Tuesday, 1 March',
      '2000 GMT',
      'Kane 45, 52.',
      'Jane Smith (Example Valley)',
      'The home side held on until the final whistle. KEY MATCH STATS',
      'Add to that the cost of repairs, which the council put at £2m.',
      "I'm A Celebrity... Get Me Out Of Here drew 10m viewers on Monday.",
      'Copyright law was never written for this, the judge said.',
      '- Best actor - Jane Smith for Heavy rain closed the valley road on Monday council',
      'More on that below.',
      'By the end of the week, the water had gone',
    ];
    assert.deepEqual(rules(prose), {});
  });
});
