import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findNumberPhrases, type NumberPhrase } from '../../../src/analyse/figures/number-phrases.ts';

/** "words kind value [unit]" for each number phrase, a range as "low-high", a tally as "for-against". */
const read = (text: string) =>
  findNumberPhrases(text).map((p: NumberPhrase) => {
    const value =
      p.kind === 'tally'
        ? [p.value, p.against, p.ties].filter((x) => x !== null).join('-')
        : p.kind === 'vague'
          ? `>=${p.low}`
          : (p.value ?? `${p.low}-${p.high}`);
    return `${text.slice(p.start, p.end)} ${p.kind} ${value}${p.unit ? ` ${p.unit}` : ''}`;
  });

describe('findNumberPhrases', () => {
  it('reads digits with thousands separators and decimals', () => {
    assert.deepEqual(read('The council built 1,500 flats at 7.4 per cent interest.'), [
      '1,500 number 1500',
      '7.4 number 7.4',
    ]);
  });

  it('reads number words and a dozen', () => {
    assert.deepEqual(read('Seven miners and a dozen rescuers were underground.'), [
      'Seven number 7',
      'a dozen number 12',
    ]);
  });

  it('reads scale words and abbreviations into the value', () => {
    assert.deepEqual(read('About 2.5 million people live there.'), ['About 2.5 million number 2500000']);
    assert.deepEqual(read('The fund lost $28bn and the club spent £2m.'), [
      '$28bn number 28000000000 USD',
      '£2m number 2000000 GBP',
    ]);
  });

  it('keeps the qualifier as part of the phrase', () => {
    const [p] = findNumberPhrases('More than 40 aftershocks followed.');
    assert.equal(p?.qualifier, 'more than');
    assert.equal(p?.value, 40);
  });

  it('gives the currency of the sign written before the number', () => {
    assert.deepEqual(read('Tickets cost HK$50, A$20 or €60 million.').slice(0, 2), [
      'HK$50 number 50 HKD',
      'A$20 number 20 AUD',
    ]);
  });

  it('reads units written against the number', () => {
    assert.deepEqual(read('A 500kg bomb was found 2km away, and the train hit 400kph.'), [
      '500kg number 500 kg',
      '2km number 2 km',
      '400kph number 400 km/h',
    ]);
  });

  it('reads ranges with "between … and", "to" and a dash', () => {
    assert.deepEqual(read('Between 20 and 30 people were hurt and 40-50 more fled.'), [
      'Between 20 and 30 number 20-30',
      '40-50 number 40-50',
    ]);
    assert.deepEqual(read('Prices rose from 5 to 8 dollars.'), ['5 to 8 number 5-8']);
  });

  it('reads clock times as minutes after midnight, and never as plain numbers', () => {
    assert.deepEqual(read('Polls closed at 9 p.m., counting began at 21:30 and ended at 0336 GMT.'), [
      '9 p.m. clock 1260 time of day',
      '21:30 clock 1290 time of day',
      '0336 clock 216 time of day',
    ]);
    assert.deepEqual(read('The shots rang out at 11:36 a.m.'), ['11:36 a.m. clock 696 time of day']);
    assert.deepEqual(read('The curfew starts at 12 a.m.'), ['12 a.m. clock 0 time of day']);
  });

  it('does not take "13 p.m." for a clock time', () => {
    assert.deepEqual(
      read('The typo said 13 p.m.').filter((r) => r.includes('clock')),
      [],
    );
  });

  it('reads a vote tally only where the sentence talks of a vote', () => {
    assert.deepEqual(read('The Senate voted 97-1 to pass the bill.'), ['97-1 tally 97-1 votes']);
    assert.equal(
      read('The bridge is on route 97-1 near the coast.').some((r) => r.includes('tally')),
      false,
    );
  });

  it('reads "nine hours and 30 minutes" as one duration in its smaller unit', () => {
    assert.deepEqual(read('Daylight lasts nine hours and 30 minutes.'), [
      'nine hours and 30 minutes number 570 minutes',
    ]);
    assert.deepEqual(read('He served two years and three months.'), ['two years and three months number 27 months']);
    // Units that do not nest are two numbers.
    assert.deepEqual(read('It took 3 hours and 2 seconds.'), ['3 number 3', '2 number 2']);
  });

  it('reads a game score and a team record where their words say so, and nothing else', () => {
    assert.deepEqual(read("Arizona's 26-24 victory at Seattle was his last game."), ['26-24 tally 26-24 score']);
    assert.deepEqual(read('Arizona beat Seattle 26-24 on Sunday.'), ['26-24 tally 26-24 score']);
    assert.deepEqual(read('The Cardinals had an 11-5 record in 2014.'), ['11-5 tally 11-5 record', '2014 number 2014']);
    assert.deepEqual(read('Arians went 9-3 as interim coach.'), ['9-3 tally 9-3 record']);
    assert.deepEqual(read('The Lions finished at 9-7.'), ['9-7 tally 9-7 record']);
    // Three counts: wins, losses and ties, of a record only.
    assert.deepEqual(read('He leaves with a 50-32-1 record.'), ['50-32-1 tally 50-32-1 record']);
    assert.deepEqual(read('Arians went 7-8-1 in 2016.'), ['7-8-1 tally 7-8-1 record', '2016 number 2016']);
    assert.deepEqual(read('The Senate voted 50-48-2 on the bill.'), []);
    assert.deepEqual(read('The Cardinals went 8-8 this past season.'), ['8-8 tally 8-8 record']);
    assert.deepEqual(read('He began his career 10-6 in 2013.'), ['10-6 tally 10-6 record', '2013 number 2013']);
    assert.deepEqual(read('The appeal court rejected it in a 2-1 decision.'), ['2-1 tally 2-1 votes']);
    assert.deepEqual(read('The store is open 24-7 all year.'), []);
    // The state of a game under way, and one set of several, are no result.
    assert.deepEqual(read('Spain go 2-0 up in the tie.'), []);
    assert.equal(
      read('Santoro was beaten 6-3 6-0 by Davydenko.').some((r) => r.includes('tally')),
      false,
    );
    // A record with ties has three parts: not read as a range, nor as a score without its ties.
    assert.deepEqual(read('Arians was 50-32-1 with the Cardinals.'), []);
  });

  it('reads fractions before "of" or "majority"', () => {
    assert.deepEqual(read('Two-thirds of voters and a quarter of the seats.'), [
      'Two-thirds fraction 0.6667 fraction',
      'a quarter fraction 0.25 fraction',
    ]);
    assert.deepEqual(read('She won a two-thirds majority.'), ['two-thirds fraction 0.6667 fraction']);
  });

  it('reads quantities in words by the least they can mean', () => {
    assert.deepEqual(read('Hundreds of people gathered.'), ['Hundreds vague >=100']);
    assert.deepEqual(read('Tens of thousands of protesters marched.'), ['Tens of thousands vague >=10000']);
    assert.deepEqual(read('Hundreds of billions of dollars were lost.'), ['Hundreds of billions vague >=100000000000']);
    assert.deepEqual(read('Dozens of homes burned.'), ['Dozens vague >=24']);
  });

  it('does not read "scores" or "dozens" without "of" as a quantity', () => {
    assert.deepEqual(read('The team scores well and sells dozens.'), []);
  });

  it('reads a magnitude with the unit written before the number', () => {
    assert.deepEqual(read('A magnitude 6.4 quake and a magnitude-5.1 tremor.'), [
      'magnitude 6.4 number 6.4 magnitude',
      'magnitude-5.1 number 5.1 magnitude',
    ]);
  });

  it('reads an ordinal that counts, after "the" or a possessive and before its noun', () => {
    assert.deepEqual(read('It was the 15th North Korean missile test this year.'), ['15th ordinal 15 ordinal']);
    assert.deepEqual(read("It followed North Korea's sixth nuclear test."), ['sixth ordinal 6 ordinal']);
  });

  it('reads no ordinal in a date, a name, a period, an idiom, a fraction, or after "a"', () => {
    for (const text of [
      'Born on March 15th, she grew up in Ohio.',
      'The 15th of March is a holiday.',
      'The case went to the 2nd Circuit Court of Appeals.',
      'The 21st century has been hard.',
      'The team lost in the second half.',
      'He gave them a second chance.',
      'It is the third-largest city.',
      'He won by a tenth of a second.',
      'He was the first man on the moon.',
      'There is no basis for a third count.',
      'The second came a year later.',
      'Then a second one appeared.',
      'They target the 2nd Amendment rights of citizens.',
    ])
      assert.deepEqual(
        read(text).filter((r) => r.includes('ordinal')),
        [],
        text,
      );
  });

  it('reads "a week ago" as one week', () => {
    assert.deepEqual(read('The quake struck a week ago.'), ['a number 1']);
  });

  it('returns phrases in text order', () => {
    const phrases = findNumberPhrases('At 9 p.m. about 300 people voted 97-1 after hundreds of calls.');
    assert.deepEqual(
      phrases.map((p) => p.kind),
      ['clock', 'number', 'tally', 'vague'],
    );
  });

  it('reads a hyphenated number word as one number', () => {
    assert.deepEqual(read('Forty-two people were injured.'), ['Forty-two number 42']);
  });

  it('never joins two currencies into one range', () => {
    assert.deepEqual(read('The fines were $5 million and £3 million.'), [
      '$5 million number 5000000 USD',
      '£3 million number 3000000 GBP',
    ]);
  });

  it('does not read a match score as a range', () => {
    const [p] = findNumberPhrases('City won 3-1 on Saturday.');
    assert.ok(!p || p.high === null || p.low! <= p.high);
  });

  it('reads a range of percentages written with the sign twice, but not a change from one to the other', () => {
    assert.deepEqual(read('Growth will be between 4.7% and 4.8%, and stocks saw an 8%-10% rise.'), [
      'between 4.7% and 4.8 number 4.7-4.8',
      '8%-10 number 8-10',
    ]);
    assert.deepEqual(read('The limit rose from 49% to 74%, and spending by 9.4% and 8.1%.'), [
      '49 number 49',
      '74 number 74',
      '9.4 number 9.4',
      '8.1 number 8.1',
    ]);
  });
});
