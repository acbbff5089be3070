import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDates } from '../../src/analyse/dates.ts';

/** "words → date" for each date found in one paragraph. */
const dates = (text: string, articleDate: string | null) =>
  findDates([{ text, line: 1 }], articleDate).map((d) => `${d.words} → ${d.date}`);
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

describe('findDates', () => {
  it('never puts a bare weekday after the article date, nor more than six days before it', () => {
    for (const day of WEEKDAYS) {
      const [found] = findDates([{ text: `The talks broke down on ${day}.`, line: 1 }], '2025-10-22');
      assert.ok(found!.date <= '2025-10-22' && found!.date >= '2025-10-16', `${day} → ${found!.date}`);
    }
    assert.deepEqual(dates('Officials said on Wednesday that the river had peaked.', '2025-10-22'), [
      'Wednesday → 2025-10-22',
    ]);
  });

  it('takes "last Tuesday" on a Tuesday to be a week earlier', () => {
    assert.deepEqual(dates('The strike began last Tuesday.', '2025-11-04'), ['last Tuesday → 2025-10-28']);
    assert.deepEqual(dates('The strike began last Monday.', '2025-11-04'), ['last Monday → 2025-11-03']);
  });

  it('gives a day and month without a year the article year, unless that would be after the article date', () => {
    assert.deepEqual(dates('The bridge collapsed on August 12.', '2024-08-14'), ['August 12 → 2024-08-12']);
    assert.deepEqual(dates('The bridge collapsed on August 12.', '2024-08-10'), ['August 12 → 2023-08-12']);
    assert.deepEqual(dates('The bridge collapsed on 12 August.', '2024-08-10'), ['12 August → 2023-08-12']);
  });

  it('never puts a bare date after the article date: in a clause about the future it is left out; only "next …" looks ahead', () => {
    assert.deepEqual(dates('Wróbel, 44, will be sworn in on April 22.', '2025-04-08'), []);
    assert.deepEqual(dates('The stoppage would continue until Friday.', '2025-11-05'), []);
    assert.deepEqual(dates('Schools will stay closed until next Monday.', '2025-02-17'), ['next Monday → 2025-02-24']);
    assert.deepEqual(dates('He expects a decision by January.', '2025-08-29'), []);
    // The future of one clause does not reach a date in another.
    assert.deepEqual(dates('Talks will resume, after they broke down on Friday.', '2025-11-05'), [
      'Friday → 2025-10-31',
    ]);
  });

  it('drops relative dates when the article date is unknown, and keeps stated ones', () => {
    assert.deepEqual(
      dates(
        'Sentencing him on Friday, a week after the August 6, 2024 hearing, the judge said yesterday was the last day.',
        null,
      ),
      ['August 6, 2024 → 2024-08-06'],
    );
  });

  it('reads years and months with a year as stated, without taking "March 2001" for March 20', () => {
    assert.deepEqual(dates('It was last this bad in March 2001.', '2025-10-22'), ['March 2001 → 2001-03']);
    assert.deepEqual(dates('He stole from the charity between 2017 and 2022, and again since 2023.', null), [
      'between 2017 → 2017',
      'and 2022 → 2022',
      'since 2023 → 2023',
    ]);
    assert.deepEqual(dates('Cases have risen since November.', '2025-01-15'), ['since November → 2024-11']);
  });

  it('resolves yesterday, today and tomorrow', () => {
    assert.deepEqual(dates('It rained yesterday, it rains today and it will rain tomorrow.', '2025-03-01'), [
      'yesterday → 2025-02-28',
      'today → 2025-03-01',
      'tomorrow → 2025-03-02',
    ]);
  });

  it('tells the news apart from background and plans', () => {
    const roles = (text: string) => findDates([{ text, line: 1 }], '2024-08-14').map((d) => `${d.words} → ${d.role}`);
    assert.deepEqual(roles('On Monday, Kyiv said the fighting had spread, as it has since 2014.'), [
      'Monday → event',
      'since 2014 → background',
    ]);
    assert.deepEqual(roles('The war that began in February 2022 reached Kursk on August 6.'), [
      'February 2022 → background',
      'August 6 → event',
    ]);
    assert.deepEqual(roles('The ministry wants the bridge rebuilt by 2027.'), ['by 2027 → future']);
    assert.deepEqual(roles('The talks will resume on Friday, August 16, 2024.'), ['August 16, 2024 → future']);
    assert.deepEqual(roles('The river last flooded on March 3, 2001.'), ['March 3, 2001 → background']);
  });

  it('marks the dates of earlier events the article recalls, not bounds, relative clauses, asides, this year or last month', () => {
    const earlier = (text: string) =>
      findDates([{ text, line: 1 }], '2017-09-15').map((d) => `${d.words} → ${d.earlier ? 'earlier' : d.role}`);
    assert.deepEqual(earlier('In November 2009, a gunman opened fire at a base in Killeen, killing 13 people.'), [
      'November 2009 → earlier',
    ]);
    assert.deepEqual(earlier('A missile launched in July flew 1,000 kilometers.'), ['in July → earlier']);
    assert.deepEqual(earlier('The fighting has killed 13,000 people since 2014.'), ['since 2014 → background']);
    assert.deepEqual(earlier('The war that began in February 2014 has killed 10,000.'), ['February 2014 → background']);
    assert.deepEqual(earlier('Measles killed 500 people in 2017.'), ['in 2017 → background']);
    assert.deepEqual(earlier('In August, 40 schools closed.'), ['In August → background']);
    assert.deepEqual(earlier('The ferry, built in 1998, was carrying 40 cars.'), ['in 1998 → background']);
  });
});
