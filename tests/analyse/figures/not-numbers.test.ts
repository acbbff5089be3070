import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findNumberPhrases } from '../../../src/analyse/figures/number-phrases.ts';
import { notANumber } from '../../../src/analyse/figures/not-numbers.ts';
import { sentenceAround } from '../../../src/text/sentences.ts';

/** Why the number phrase written as `words` in `text` is no claim, or null when it may be one. */
const why = (text: string, words: string) => {
  const p = findNumberPhrases(text).find((q) => text.slice(q.start, q.end) === words);
  assert.ok(p, `no number phrase "${words}" in "${text}"`);
  return notANumber(text, p, sentenceAround(text, p.start, p.end));
};

describe('notANumber', () => {
  it('leaves ordinary counts, amounts and measures as claims', () => {
    assert.equal(why('At least 37 people were killed.', 'At least 37'), null);
    assert.equal(why('The firm paid $2019 in fees.', '$2019'), null);
    assert.equal(why('Three European leaders met in Brussels.', 'Three'), null);
    assert.equal(why('Only 12 people voted.', '12'), null);
  });

  it('takes days of a month for dates', () => {
    assert.equal(why('The strike began on March 3 and ended on 9 April.', '3'), 'date');
    assert.equal(why('The strike began on March 3 and ended on 9 April.', '9'), 'date');
    assert.equal(why('It was signed on Jan. 14, 2021, in Paris.', '2021'), 'date');
  });

  it('takes years and seasons for years, not ranges of a count', () => {
    assert.equal(why('Prices rose in 2019.', '2019'), 'year');
    assert.equal(why('He stole from the charity between 2017 and 2022.', 'between 2017 and 2022'), 'year');
    assert.equal(why('Passenger numbers peaked in the 2015-16 season.', '2015-16'), 'year');
    assert.equal(why('The 2,019 errors were fixed.', '2,019'), null);
  });

  it('takes a capitalised word right before the number as a name or identifier', () => {
    assert.equal(why('Flight 175 hit the south tower.', '175'), 'name or identifier');
    assert.equal(why('The satellite Rung Ra 2 was launched last spring.', '2'), 'name or identifier');
    assert.equal(why('Nato invoked Article 5 for the first time.', '5'), 'name or identifier');
    assert.equal(why('They will meet League One leaders Luton.', 'One'), 'name or identifier');
  });

  it('does not take a number word that opens a sentence, or follows a heading in capitals, for part of a name', () => {
    assert.equal(why('He read from Northwest Passage. Three film studios want the book.', 'Three'), null);
    assert.equal(why('CONTROVERSIES AND OTHER GAFFES Three people have refused Oscars.', 'Three'), null);
  });

  it('does not take a capitalised article or weekday for a name', () => {
    assert.equal(why('A 15-kilometre stretch of road was closed.', '15'), null);
    assert.equal(why('On Monday 40 people were evacuated.', '40'), null);
  });

  it('takes "3 of 59" after a caption or page word for a counter', () => {
    assert.equal(why('Hide Caption 3 of 59', '3'), 'gallery or page counter');
    assert.equal(why('Page 2 of 5', '2'), 'gallery or page counter');
    assert.ok(why('Photo 2 of 10', '2'));
  });

  it('does not take a partitive at the start of a sentence for a counter', () => {
    assert.equal(why('Fifteen of 19 hijackers were Saudi citizens.', 'Fifteen'), null);
    assert.equal(why('Three of 12 candidates withdrew.', 'Three'), null);
  });

  it('takes a range from zero for a specification', () => {
    assert.equal(why('The car goes from 0 to 60 mph in four seconds.', '0 to 60'), 'specification range');
    assert.equal(why('It does 0-100 km/h in 3.1 seconds.', '0-100'), 'specification range');
    assert.equal(why('On a scale of one to 10, this is a 10.', 'one to 10'), 'rating scale');
    assert.equal(
      why('It opposes disruption caused when one country invades another.', 'one'),
      '"one" meaning "a certain"',
    );
    assert.equal(why('They chose one side or the other.', 'one'), '"one" meaning "a certain"');
    assert.equal(why('Rated on a scale from 1 to 5, it got 4.', '1 to 5'), 'rating scale');
  });

  it('takes the size of a body used as its adjective for no claim', () => {
    assert.equal(why('The 28-member bloc agreed new sanctions.', '28'), 'size of a body as its adjective');
    assert.equal(why('A 15-nation coalition was formed.', '15'), 'size of a body as its adjective');
  });

  it('takes the sources an outlet cites for no claim', () => {
    assert.equal(why('Two law enforcement sources told CNN the suspect fled.', 'Two'), 'count of sources');
    assert.equal(why('Three officials said the talks had stalled.', 'Three'), 'count of sources');
    assert.equal(why('Three officials were arrested on Monday.', 'Three'), null);
    assert.equal(why('One law enforcement source told CNN the gun was bought legally.', 'One'), 'count of sources');
    assert.equal(why('One official said the border would stay shut.', 'One'), 'count of sources');
    assert.equal(why('One official was fired on Monday.', 'One'), null);
    assert.equal(why('The second official who attended said the talks failed.', 'second'), 'count of sources');
    // Whoever is counted right after "according to" is cited.
    assert.equal(why('There was anger at the plan, according to two participants.', 'two'), 'count of sources');
    assert.equal(why('Prices rose, according to 40 percent of shops.', '40'), null);
  });

  it('counts officials the news is about even when someone else speaks', () => {
    assert.equal(why('Three officials were arrested, police said.', 'Three'), null);
  });

  it('takes "one" as a pronoun where it is one', () => {
    assert.equal(why('No one was hurt.', 'one'), 'pronoun');
    assert.equal(why('One of the judges dissented.', 'One'), 'pronoun');
    assert.equal(why('They blamed one another.', 'one'), 'pronoun');
    assert.equal(why('It has been one hell of a career.', 'one'), 'pronoun');
    assert.equal(why('"One party will tax and spend," he said.', 'One'), '"one" meaning "a certain"');
    assert.equal(why('One popular air-travel site argues that the code is strict.', 'One'), 'count of sources');
    assert.equal(why('"It is over," one man said.', 'one'), 'count of sources');
    assert.equal(why('"We need to comply," said one official briefed on the matter.', 'one'), 'count of sources');
    assert.equal(why('A deal is near, one person close to the talks said.', 'one'), 'count of sources');
    assert.equal(why('According to one recent poll, 4 percent agreed.', 'one'), 'count of sources');
    assert.equal(why('He warned that one cannot rein them in.', 'one'), 'pronoun');
    assert.equal(why("We don't care about the colour of one's skin.", 'one'), 'pronoun');
    assert.equal(why('At one point, he walked out.', 'one'), '"one" meaning "a certain"');
    assert.equal(why('In one message, she called him an idiot.', 'one'), '"one" meaning "a certain"');
    assert.equal(why('The source challenged one major aspect of the story.', 'one'), '"one" meaning "a certain"');
    assert.equal(why('The pod could one day carry people.', 'one'), '"one day" meaning "some day"');
    assert.equal(why('But the number one goal was obvious.', 'one'), 'rank');
    assert.equal(why('Two supermoons, the second one blue.', 'one'), 'pronoun');
    assert.equal(why('The tickets sold out in one day.', 'one'), null);
    assert.equal(why('One person was killed in the crash.', 'One'), null);
    assert.equal(why('One person will be charged.', 'One'), null);
    assert.equal(why('Only one projectile was launched.', 'one'), null);
    assert.equal(why('Only one person died.', 'one'), null);
  });

  it('takes "the two women" for people already named, but not "the two of them"', () => {
    assert.equal(why('The two women were released.', 'two'), 'count of things already named');
    assert.equal(why('The two of them spoke later.', 'two'), null);
    assert.equal(why('The 12 jurors were sent home.', '12'), null);
  });

  it('takes a count of the names that follow for no claim, unless it is a toll', () => {
    assert.equal(
      why('It is run by two longtime Republican strategists, Nelson Warfield and John McLaughlin.', 'two'),
      'count of the names that follow',
    );
    assert.equal(why('The fire killed two people, John Smith and Jane Doe.', 'two'), null);
    assert.equal(why('Two unnamed senior US officials told Reuters.', 'Two'), 'count of sources');
  });

  it('never rejects clock times, tallies or fractions', () => {
    assert.equal(why('Polls closed on Monday at 9 p.m.', '9 p.m.'), null);
    assert.equal(why('In March the Senate voted 97-1.', '97-1'), null);
    assert.equal(why('In 2019 two-thirds of voters agreed.', 'two-thirds'), null);
  });
});
