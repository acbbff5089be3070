import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countedThing } from '../../../src/analyse/figures/counted-thing.ts';
import { findNumberPhrases } from '../../../src/analyse/figures/number-phrases.ts';

/** The counted thing after the number phrase written as `words` in `text`. */
const thing = (text: string, words: string) => {
  const p = findNumberPhrases(text).find((q) => text.slice(q.start, q.end) === words);
  assert.ok(p, `no number phrase "${words}" in "${text}"`);
  return countedThing(text, p);
};
/** "unit: words" for a quick comparison. */
const unit = (text: string, words: string) => {
  const t = thing(text, words);
  return t ? `${t.unit}: ${t.words}` : undefined;
};

describe('countedThing', () => {
  it('counts a plural noun after up to four modifiers, keeping the modifiers in its words', () => {
    assert.equal(unit('She promised 1,500 council flats.', '1,500'), 'flats: council flats');
    assert.equal(unit('Officials sent 450 mobile medical teams.', '450'), 'teams: mobile medical teams');
    assert.equal(
      unit('Six top female music industry executives wrote.', 'Six'),
      'executives: top female music industry executives',
    );
  });

  it('counts the plural of a "-man", and no singular that ends in "-men"', () => {
    assert.equal(unit('Two congressmen were hurt.', 'Two'), 'congressmen: congressmen');
    assert.equal(unit('About 1,000 fishermen will be affected.', 'About 1,000'), 'fishermen: fishermen');
    assert.equal(unit('Each of 3 specimen jars broke.', '3'), 'jars: specimen jars');
  });

  it('reads "three European leaders" as leaders, not euros', () => {
    assert.equal(unit('Three European leaders met in Brussels.', 'Three'), 'leaders: European leaders');
    assert.equal(unit('The ticket cost 40 euros.', '40'), 'EUR: euros');
  });

  it('normalises people, soldiers and settlements', () => {
    assert.equal(unit('Fire forced 30 residents out.', '30'), 'people: residents');
    assert.equal(unit('Some 200 Canadian citizens were flown home.', 'Some 200'), 'people: Canadian citizens');
    assert.equal(unit('About 2.5 million Americans moved.', 'About 2.5 million'), 'people: Americans');
    assert.equal(unit('Some 5,000 troops crossed.', 'Some 5,000'), 'soldiers: troops');
    assert.equal(unit('Shelling hit 28 villages.', '28'), 'settlements: villages');
  });

  it('reads money named after the number, with its country', () => {
    assert.equal(unit('A meal costs 300 Egyptian pounds.', '300'), 'EGP: Egyptian pounds');
    assert.equal(unit('He was fined 20 Canadian dollars.', '20'), 'CAD: Canadian dollars');
    assert.equal(unit('She owes 500 pounds.', '500'), 'GBP: pounds');
  });

  it('reads "400 kph" as a speed, not a time', () => {
    assert.equal(thing('The train reached 400 kph on the test.', '400')?.unit, 'km/h');
    assert.equal(thing('The train reached 400kph on the test.', '400kph')?.unit, 'km/h');
  });

  it('reads a percentage written against the number', () => {
    assert.equal(thing('Turnout was 45% on Sunday.', '45')?.unit, '%');
    assert.equal(thing('Turnout was 45 per cent.', '45')?.unit, '%');
  });

  it('keeps a rate after money: "a week", "per share", "a barrel"', () => {
    assert.equal(thing('She receives £102.80 a week in benefits.', '£102.80')?.rate, 'a week');
    assert.equal(thing('Investors got $5 per share.', '$5')?.rate, 'per share');
    assert.equal(thing('Crude sold for $80 a barrel.', '$80')?.rate, 'a barrel');
    assert.equal(thing('Crude sold for $80 on Monday.', '$80')?.rate, null);
  });

  it('reads a hyphenated measure as describing the noun after it', () => {
    const stretch = thing('A 15-kilometre stretch of road was closed.', '15');
    assert.equal(stretch?.unit, 'km');
    assert.equal(stretch?.describes, 'stretch');
    assert.equal(stretch?.dimension, null);
    const flight = thing('The 11-hour flight landed late.', '11');
    assert.equal(flight?.unit, 'hours');
    assert.equal(flight?.describes, 'flight');
  });

  it('names the dimension a hyphenated adjective gives', () => {
    const strip = thing('Rebels hold a 40-kilometre-wide strip of land.', '40');
    assert.equal(strip?.unit, 'km');
    assert.equal(strip?.dimension, 'width');
    assert.equal(strip?.describes, 'strip');
    assert.equal(thing('They dug a 3-metre-deep trench.', '3')?.dimension, 'depth');
  });

  it('reads an age, and the person it describes', () => {
    const cousin = thing('Her 15-year-old cousin was hurt.', '15');
    assert.equal(cousin?.unit, 'age');
    assert.equal(cousin?.describes, 'cousin');
  });

  it('counts the noun of a partitive: "Fifteen of the 19 hijackers"', () => {
    assert.equal(unit('Fifteen of the 19 hijackers were Saudi.', 'Fifteen'), 'hijackers: of the 19 hijackers');
    assert.equal(unit('Two of Iran’s former presidents spoke.', 'Two'), 'presidents: of Iran’s former presidents');
    assert.equal(unit('23 of the defendants were freed.', '23'), 'defendants: of the defendants');
  });

  it(
    'counts the noun of "the country’s former presidents"',
    {
      todo: 'PARTITIVE takes "the" and cannot read "of the country’s …", though its own comment gives that example',
    },
    () => {
      assert.equal(
        unit('Two of the country’s former presidents spoke.', 'Two'),
        'presidents: of the country’s former presidents',
      );
    },
  );

  it('reads what a quantity in words or a fraction is "of"', () => {
    assert.equal(unit('Hundreds of billions of dollars were lost.', 'Hundreds of billions'), 'USD: dollars');
    assert.equal(unit('Millions of consumers were affected.', 'Millions'), 'consumers: consumers');
    assert.equal(thing('Thousands of them fled.', 'Thousands'), undefined);
  });

  it('describes the noun after a fraction or a magnitude', () => {
    assert.equal(thing('She won a two-thirds majority.', 'two-thirds')?.describes, 'majority');
    assert.equal(thing('A magnitude 6.4 earthquake hit.', 'magnitude 6.4')?.describes, 'earthquake');
    assert.equal(thing('Two-thirds of voters agreed.', 'Two-thirds')?.describes, null);
  });

  it('counts a singular noun after "one", but not a pronoun or verb', () => {
    assert.equal(unit('At least one state sued.', 'At least one'), 'state: state');
    assert.equal(thing('Only one can win.', 'one'), undefined);
  });

  it('counts nothing where no noun follows: "1,900 last year"', () => {
    assert.equal(thing('Cases rose to more than 1,900 last year.', 'more than 1,900'), undefined);
    assert.equal(thing('The death toll rose to 59 on Sunday.', '59'), undefined);
  });
});
