import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countedThing, type CountedThing } from '../../../src/analyse/figures/counted-thing.ts';
import { labelClaim, type ClaimLabel } from '../../../src/analyse/figures/labels.ts';
import { findNumberPhrases } from '../../../src/analyse/figures/number-phrases.ts';

const none = (unit: string): CountedThing => ({
  unit,
  words: '',
  skip: 0,
  describes: null,
  dimension: null,
  rate: null,
});

/** The label of the number phrase written as `words`, its clause the whole text, as findClaims builds it. */
const label = (text: string, words: string, given?: CountedThing): ClaimLabel => {
  const phrase = findNumberPhrases(text).find((q) => text.slice(q.start, q.end) === words);
  assert.ok(phrase, `no number phrase "${words}" in "${text}"`);
  const thing = given ?? countedThing(text, phrase) ?? none('');
  const afterUnit = phrase.end + thing.skip + thing.words.length;
  const end = thing.rate ? afterUnit + text.slice(afterUnit).indexOf(thing.rate) + thing.rate.length : afterUnit;
  return labelClaim({ text, clause: [0, text.length], phrase, end, thing });
};

describe('labelClaim', () => {
  it('names the counted thing and what happened to it, with its scope', () => {
    const l = label('At least 37 people were killed in the shooting.', 'At least 37');
    assert.equal(l.label, 'people killed in the shooting');
    assert.equal(l.scope, 'in the shooting');
    assert.equal(l.rule, 'thing');
    assert.equal(l.comparable, true);
  });

  it('gives every wording of what was done to the counted thing one label, and none where it may not have happened', () => {
    for (const text of [
      '49 people were killed.',
      'The gunman killed 49 people.',
      'A gunman opens fire and kills 49 people.',
      'He opened fire, killing 49 people.',
    ])
      assert.equal(label(text, '49').label, 'people killed', text);
    assert.equal(label('They stormed the party, wounding 42 others.', '42').label, 'others wounded');
    // The unit of the number before, and the participle after "and".
    const wounded = label('He opened fire, killing 13 people and wounding 42.', '42', none('people'));
    assert.equal(wounded.label, 'people wounded');
    for (const text of [
      'The plan would help schools hire 1,000 officers.',
      'The firm will have to shed 1,000 jobs.',
      'She was wrongly convicted of killing 2 of her babies.',
    ])
      assert.doesNotMatch(label(text, text.match(/\d[\d,]*/)![0]).label, /\b(?:hired|shed|killed)$/, text);
  });

  it('reads what happened past an aside or an adverb, and the time something took', () => {
    for (const text of [
      'Six people, including two congressmen, were shot.',
      'Six people, including two congressmen, a police officer and an aide, were shot.',
      // What follows the aside is no item of its list: it opens as no noun phrase does.
      'Six people, including two congressmen, were shot and taken to hospital, police said.',
    ])
      assert.equal(label(text, 'Six').label, 'people shot', text);
    assert.equal(label('It came after only one woman, Alessia Cara, won a solo award.', 'one').label, 'woman won');
    assert.equal(
      label('Flightradar found that 10 flights (of about 150,000) had returned.', '10').label,
      'flights returned',
    );
    assert.equal(label('The firm dealt with three men recently indicted.', 'three').label, 'men indicted');
    assert.equal(
      label('It took the ambulance 30 minutes to get to the scene.', '30').label,
      'time taken by the ambulance to get to the scene',
    );
  });

  it('names a vote by what it was for, a percentage by the quality it measures, a distance past its conversion', () => {
    assert.equal(label('The House voted 348-77 to override the veto.', '348-77').label, 'vote to override');
    assert.equal(label('It followed a 97-1 vote in the Senate.', '97-1').label, 'vote in the Senate');
    assert.equal(
      label('The moon appeared 30 per cent brighter than usual.', '30').label,
      'how much brighter than usual',
    );
    // Without a stated baseline, "how much bigger" is compared with nothing.
    assert.equal(label('The moon looked 7 per cent bigger.', '7').comparable, false);
    assert.equal(label('Sales were 5 per cent higher.', '5').label, 'Sales');
    assert.equal(
      label('It fell 2,000 kilometers (about 1,200 miles) east of Cape Erimo.', '2,000').label,
      'distance east of Cape Erimo',
    );
  });

  it("names a candidate's share, and the time spent somewhere", () => {
    const poll = label('Trump led, with Rubio with 18 percent.', '18');
    assert.equal(poll.label, 'Rubio’s share');
    assert.equal(poll.comparable, false);
    assert.equal(label('Trump won 44 percent of the vote.', '44').label, 'Trump’s share of the vote');
    assert.equal(label('He spent two years in prison.', 'two').label, 'time spent in prison');
    assert.equal(label('He spent seven years with the Bengals.', 'seven').label, 'time spent with the Bengals');
    assert.equal(
      label('He went 50-32-1 in five seasons with the Cardinals.', 'five').label,
      'seasons with the Cardinals',
    );
  });

  it('gives each of two shares set against each other, and a share in brackets, to its name', () => {
    const poll = 'A poll shows Obama leading Romney, 49 percent to 44 percent, in Florida.';
    assert.equal(label(poll, '49').label, 'Obama’s share');
    assert.equal(label(poll, '44').label, 'Romney’s share');
    assert.equal(label('Trump leads, followed by Romney (17 percent).', '17').label, 'Romney’s share');
    assert.equal(label('Sarah Palin earned 10 percent support.', '10').label, 'Sarah Palin’s share');
  });

  it('names the rate a percentage after a determiner measures, and what it is of', () => {
    assert.equal(label('He cited an 8 percent unemployment rate.', '8').label, 'unemployment rate');
    assert.equal(label('He had a 3 percent chance of survival.', '3').label, 'chance of survival');
    assert.equal(label('BA blamed fuel for a 40% drop in profits.', '40').label, 'drop in profits');
    // A noun in -er is not a comparative: "a 30% shareholder".
    assert.equal(label('Daimler, a 30% shareholder in Mitsubishi, agreed.', '30').label, 'shareholder in Mitsubishi');
  });

  it('names what an amount of money is, with whose it is where the clause says', () => {
    assert.equal(label('Goldman Sachs took a $5bn charge.', '$5bn').label, 'Goldman Sachs’ charge');
    assert.equal(label("It was Qualcomm's $121bn takeover bid.", '$121bn').label, "Qualcomm's takeover bid");
    assert.equal(label('Among the payments was a $45,000 fee.', '$45,000').label, 'fee');
    assert.equal(label('It launched a $5 million TV advertising blitz.', '$5 million').label, 'TV advertising blitz');
    assert.equal(
      label('Obama spent $90 billion for green energy programs.', '$90 billion').label,
      'money for green energy programs',
    );
    assert.equal(label('Israel indicted a 16-year-old Palestinian girl.', '16').label, 'age of Palestinian girl');
    // "two-time", "first-time": a modifier, never the noun an age is of.
    assert.equal(label('The 65-year-old two-time NFL Coach of the Year retired.', '65').label, 'age');
    assert.equal(label('Florida has 29 electoral votes.', '29').label, 'electoral votes');
  });

  it('names a record or a score with its team, and when or where', () => {
    assert.equal(label('The Cardinals had an 11-5 record in 2014.', '11-5').label, 'the Cardinals’ record in 2014');
    assert.equal(label("Arizona's 26-24 victory at Seattle.", '26-24').label, "Arizona's victory at Seattle");
    // A score read from its verb alone may be of any game the story recalls: never compared.
    assert.equal(label('Arizona beat Seattle 26-24 on Sunday.', '26-24').comparable, false);
  });

  it('says what a counted subject did where an auxiliary or a negation marks its verb', () => {
    assert.equal(label('Two senators didn’t vote at all.', 'Two').label, 'senators didn’t vote');
    assert.equal(
      label('Five other defendants will face trial in May.', 'Five').label,
      'other defendants will face trial in May',
    );
  });

  it('names the counted thing by its relative clause', () => {
    const l = label(
      'The breach brought the total to 145.5 million people who had their personal information accessed or stolen.',
      '145.5 million',
    );
    assert.equal(l.label, 'people who had their personal information accessed');
    assert.equal(l.comparable, true);
    assert.equal(label('It has 12 schools that remain closed.', '12').label, 'schools that remain closed');
  });

  it('names an ordinal by the thing it ranks among its kind', () => {
    const l = label("It followed North Korea's sixth nuclear test on Sunday.", 'sixth');
    assert.equal(l.label, 'which nuclear test on Sunday');
    assert.equal(l.rule, 'ordinal');
    assert.equal(l.comparable, true);
    const day = label('The meeting came on the 14th day of the shutdown.', '14th');
    assert.equal(day.label, 'which day of the shutdown');
    assert.equal(day.comparable, true);
    assert.equal(label('SWAT teams gathered on the 29th floor.', '29th').comparable, false);
  });

  it('names what happened at a time, not the conjunction or adverb before it', () => {
    assert.equal(label('But shortly after 10 p.m. Sunday night, he opened fire.', '10 p.m.').label, 'time of day');
  });

  it('ends a time relation on a content word', () => {
    const l = label('He spoke 13 hours after Congress passed a spending measure without the money.', '13');
    assert.equal(l.label, 'time after Congress passed a spending measure');
  });

  it('reads a year before the verb as the period of the quantity named before it', () => {
    const l = label("The Clintons' effective federal tax rate for 2014 was 35.7 percent.", '35.7');
    assert.equal(l.label, "Clintons' effective federal tax rate for 2014");
  });

  it('names a number after an -ing verb by the noun that verb qualifies', () => {
    const l = label(
      'They doubted how to administer a lawsuit involving as many as 1.5 million women.',
      'as many as 1.5 million',
    );
    assert.equal(l.label, 'a lawsuit involving women');
  });

  it('gives the same key to the same measure worded alike', () => {
    const a = label('At least 37 people were killed in the shooting.', 'At least 37');
    const b = label('Police say 40 people were killed in the shooting.', '40');
    assert.equal(a.key, b.key);
  });

  it('reads "three European leaders" as leaders', () => {
    const l = label('Three European leaders met in Brussels.', 'Three');
    assert.equal(l.label, 'European leaders met in Brussels');
    assert.match(l.key, /^leaders /);
  });

  it('takes the quantity the sentence names', () => {
    const toll = label('The death toll rose to 59 on Sunday.', '59');
    assert.equal(toll.rule, 'quantity');
    assert.equal(toll.label, 'death toll on Sunday');
    assert.equal(label('The satellite orbits at an altitude of 770 kilometres.', '770').label, 'altitude');
    assert.equal(label('Turnout stood at 61 per cent.', '61').label, 'Turnout');
  });

  it('takes no pronoun, "total" or parent for the quantity', () => {
    assert.notEqual(label('It rose to 59.', '59').rule, 'quantity');
    assert.equal(label('A total of 22 people were rescued.', '22').label, 'people rescued');
    assert.notEqual(label('She is a mother of three.', 'three').rule, 'quantity');
  });

  it('ends a label cut at its word limit on a word that can end it', () => {
    const fall = label('Gross domestic product fell by 0.1% in the last three months of 2004.', '0.1');
    assert.equal(fall.label, 'fall in Gross domestic product in the last three months');
    assert.equal(fall.scope, 'in the last three months');
  });

  it('takes no quantity from "there is": the thing counted only exists', () => {
    assert.equal(label('He told the BBC there were at least three areas to fund.', 'at least three').label, 'areas');
    assert.equal(
      label('Now there are more than 3,000 variations of the worm.', 'more than 3,000').label,
      'variations of the worm',
    );
  });

  it('reads a hyphenated measure as a dimension of the noun it describes', () => {
    assert.equal(label('The 11-hour flight landed late.', '11').label, 'length of the flight');
    // The hyphen left out: a unit in the singular after a number other than one, after a determiner.
    assert.equal(label('We are 4 hours into an 11 hour flight.', '11').label, 'length of the flight');
    assert.equal(label('It was a one year deal.', 'one').label, 'year');
    assert.equal(label('Rebels hold a 40-kilometre-wide strip of land.', '40').label, 'width of the strip');
    const stretch = label('A 15-kilometre stretch of road was closed.', '15');
    assert.equal(stretch.label, 'length of the stretch');
    assert.equal(stretch.rule, 'describes');
  });

  it('names whose age a number is', () => {
    assert.equal(label('Her 15-year-old cousin was hurt.', '15').label, 'age of cousin');
    assert.equal(label('Ahed Tamimi, 16, was arrested.', '16', none('age')).label, 'age of Ahed Tamimi');
  });

  it('says what happened at a clock time', () => {
    assert.equal(label('The polls closed at 9 p.m.', '9 p.m.').label, 'time the polls closed');
    // The whole clause, from its subject, without the places that make it long; what was reported, not the report.
    assert.equal(
      label('All Nippon Airways flight 175 took off at 11:36am local time.', '11:36am').label,
      'time All Nippon Airways flight 175 took off',
    );
    assert.equal(
      label(
        'Residents hid after North Korea launched a missile over the country and into the Pacific Ocean at 6am local time.',
        '6am',
      ).label,
      'time North Korea launched a missile',
    );
    assert.equal(
      label('The government said that the missile was fired at 5:58 a.m.', '5:58 a.m.').label,
      'time the missile was fired',
    );
    // An abbreviation's full stop ends no clause ("Sen.", "Gov.", "U.S.").
    assert.equal(label('Sen. Marco Rubio arrived at 9am local time.', '9am').label, 'time Sen. Marco Rubio arrived');
    // A clause too long to be one event, or one that opens with a number, names none.
    assert.equal(label('On Monday, 8,500 vehicles had arrived before 1130 GMT.', '1130').label, 'time of day');
    const bare = label('Midnight is 12 a.m.', '12 a.m.');
    assert.equal(bare.label, 'time of day');
    assert.equal(bare.comparable, false);
  });

  it('reads the time between two things', () => {
    const before = label('The vote comes two weeks before the election.', 'two');
    assert.equal(before.rule, 'time between');
    assert.equal(before.label, 'time before the election');
    assert.equal(label('The quake struck two years ago.', 'two').label, 'time since the quake struck');
    // Neither the sentence's own "since" twice, nor the adverb that qualifies the number.
    assert.equal(
      label('It is the first offer since the shutdown began nearly a month ago.', 'a').label,
      'time since the shutdown began',
    );
    // What happened that long ago is the clause before "ago", not what follows it; a baseline names nothing.
    assert.equal(
      label('Many voted for Obama four years ago but are now disillusioned.', 'four').label,
      'time since Many voted for Obama',
    );
    assert.equal(label('Profits rose 15% from a year ago.', 'a').label, 'time since');
  });

  it('reads a distance from a place', () => {
    const l = label('The ship sank 2,000 km east of the island.', '2,000');
    assert.equal(l.rule, 'distance');
    assert.equal(l.label, 'distance east of the island');
  });

  it('reads a duration and the verb the number is the object of', () => {
    assert.equal(label('Mubarak ruled Egypt for nearly 17 months.', 'nearly 17').label, 'months Mubarak ruled Egypt');
    assert.equal(label('The missile flew about 3,700 kilometres.', 'about 3,700').label, 'kilometres the missile flew');
    assert.equal(label('He was sentenced to 12 years in prison.', '12').label, 'years sentenced in prison');
    assert.equal(label('The court ordered him to pay 1 million pounds.', '1 million').label, 'pounds to pay');
  });

  it('reads a verb marked by a modal or "to", or one that often takes a count, only with its whole subject', () => {
    assert.equal(label('The plane can carry 200 passengers.', '200').label, 'passengers the plane can carry');
    assert.equal(label('The company plans to cut 3,000 jobs.', '3,000').label, 'jobs the company plans to cut');
    assert.equal(label('The case involves 25 defendants.', '25').label, 'defendants the case involves');
    assert.equal(label('The surgery took three hours.', 'three').label, 'hours the surgery took');
    assert.equal(label('He threw for 46,247 yards.', '46,247').label, 'yards he threw');
    // Read back only to "education", the subject is not whole; nor after a verb ("wanted the cigarette firms to").
    assert.doesNotMatch(label('Spending on health and education will rise by 9%.', '9').label, /education/);
    assert.doesNotMatch(label('Prosecutors wanted the firms to surrender $280bn.', '$280bn').label, /wanted/);
    assert.equal(
      label('The economy is expected to grow by about 4% this year.', 'about 4').label.startsWith(
        'per cent the economy is expected to grow',
      ),
      true,
    );
    // A verb inside the words read back makes them no subject: "saw production fall".
    assert.doesNotMatch(label('The sector, which saw production fall 0.5%, shrank.', '0.5').label, /saw/);
    // A relative pronoun names no subject: "that gave" is no label.
    assert.doesNotMatch(label('In a city that gave just 4 percent of its vote to him.', '4').label, /gave/);
  });

  it('names the change a verb makes to the quantity it names, and which way it goes', () => {
    assert.equal(label('Nestle is to raise its dividend by 11% this year.', '11').label, 'rise in its dividend');
    assert.equal(label('They lowered the interest rate by 0.25%.', '0.25').label, 'fall in interest rate');
    assert.equal(label('Overall, net profits were up 42% to 719m euros.', '42').label, 'rise in net profits');
    assert.equal(label('Nickel rose, with copper down 3%.', '3').label, 'fall in copper');
    assert.equal(label('Foreign sales increased by 8.2% last year.', '8.2').label, 'rise in Foreign sales');
    assert.equal(label('Its shares have fallen 97%.', '97').label, 'fall in its shares');
    // A rise and a fall of the same size are two measures, never an agreement.
    assert.notEqual(label('Sales fell 4%.', '4').key, label('Sales rose 4%.', '4').key);
    // A pronoun or a participle names nothing that changed.
    assert.doesNotMatch(label('That was up from the third quarter, when it fell 3.0%.', '3.0').label, /in it/);
    assert.doesNotMatch(label('Its shares were suspended, having fallen by 10% on Monday.', '10').label, /in having/);
    // After a verb, "up" is the verb's: "make up 30% of the population" names no change.
    assert.doesNotMatch(label('People over 60 will make up over 30% of the population.', 'over 30').label, /change/);
  });

  it('names the measure a noun before "of" gives, without the verb before it', () => {
    assert.equal(label('TimeWarner is projecting earnings growth of around 5%.', 'around 5').label, 'earnings growth');
    assert.equal(label('The merged firm would have annual sales of $32bn.', '$32bn').label, 'annual sales');
    assert.equal(label('The airline announced net profits of 400m euros.', '400m').label, 'net profits');
    // A counted thing is named by its own noun: "sales of 500 cars" counts cars.
    assert.equal(label('He had sales of 500 cars.', '500').label, 'cars');
  });

  it('keeps "a week" as a rate in the label, scope and key', () => {
    const l = label('She receives £102.80 a week in benefits.', '£102.80');
    assert.match(l.label, /a week$/);
    assert.equal(l.scope, 'in benefits, a week');
    assert.match(l.key, /^GBP .*week$/);
  });

  it('labels "400 kph" by speed, never by time', () => {
    const l = label('The train reached 400 kph on the test track.', '400');
    assert.match(l.key, /^km\/h /);
    assert.doesNotMatch(l.label, /second/);
  });

  it('is not comparable when nothing but the unit says what is measured', () => {
    assert.equal(label('The school has 300 pupils.', '300').comparable, false);
    assert.equal(label('It does 0-100 km/h in 3.1 seconds.', '3.1').comparable, false);
  });

  it('drops the country before a region in the key', () => {
    const a = label('Floods damaged 28 villages in Ukraine’s Zakarpattia region.', '28');
    const b = label('Floods damaged 30 villages in the Zakarpattia region.', '30');
    assert.equal(a.key, b.key);
  });

  it('labels "Shelling hit 28 villages" by the villages', () => {
    assert.equal(label('Shelling hit 28 villages on Sunday.', '28').label, 'villages Shelling hit on Sunday');
  });

  it('keeps the claim’s own words for registry cues: label first, then the words before it', () => {
    const l = label('Troops advanced 12 kilometres overnight.', '12');
    assert.equal(l.own[0], l.label);
    assert.equal(l.own[1], 'Troops advanced ');
  });

  it('reads an abbreviation’s full stop as part of the phrase, not its end', () => {
    assert.equal(
      label('A day after Mr. Portnow made his remark, he issued a statement.', 'A').label,
      'time after Mr. Portnow made his remark',
    );
    assert.equal(
      label('There were three separate autopsies performed on Mr. Brown’s body.', 'three').label,
      'separate autopsies performed on Mr. Brown’s body',
    );
  });

  it('takes "each hour" and "every year" as rates', () => {
    const l = label('The show usually features 120 meteors each hour.', '120');
    assert.equal(l.label, 'meteors each hour');
    assert.equal(l.scope, 'each hour');
  });

  it('never takes "between" or "seven" for what happened to the counted thing', () => {
    assert.equal(label('Ten regions between them hold the seats.', 'Ten').label, 'regions');
    assert.equal(
      label('Spyware attacks rose by 11.2% each year between 2002 and 2004.', '11.2').label,
      'rise in Spyware attacks each year',
    );
  });

  it('reads "have been" as a copula after the counted thing', () => {
    assert.equal(
      label('Some 12,500 civil servant posts have been axed.', 'Some 12,500').label,
      'civil servant posts have been axed',
    );
  });

  it('reads through quotation marks around the number', () => {
    assert.equal(
      label('He said he does not worry about the "47 percent" of Americans who pay no tax.', '47').label,
      'per cent of Americans',
    );
  });

  it('takes the name right after "N-year-old" for whose age, where the noun phrase ends with it', () => {
    assert.equal(label('Swank said to the 74-year-old Eastwood.', '74').label, 'age of Eastwood');
    assert.equal(
      label('The gunman was 66-year-old James T. Hodgkinson of Belleville.', '66').label,
      'age of James T. Hodgkinson',
    );
    assert.equal(
      label('Fifteen-year-old Donald Young’s first match was brief.', 'Fifteen').label,
      'age of Donald Young',
    );
    assert.equal(label('The 31-year-old World Cup winning scrum-half has impressed.', '31').label, 'age');
    assert.equal(label('When I was 15 years old I asked my mom.', '15').label, 'age');
  });

  it('reads the noun an amount describes past its conversion in brackets, and "apiece" as a rate', () => {
    assert.equal(label('Yukos has been presented with a $27.5bn (£13bn) tax demand.', '$27.5bn').label, 'tax demand');
    assert.equal(label('Applicants paid £23,000 apiece to apply.', '£23,000').scope, 'apiece');
  });

  it('names whose record a team’s wins and losses are, from the verb that tells them', () => {
    const l = label('The Cardinals went 8-8 this past season.', '8-8');
    assert.equal(l.label, 'the Cardinals’ record this past season');
    // Read from a verb alone, it may be of any season the story recalls: shown, never compared.
    assert.equal(l.comparable, false);
    // A pronoun names no one here.
    assert.doesNotMatch(label('He went 9-3 as interim coach.', '9-3').label, /’s? record/u);
  });
});
