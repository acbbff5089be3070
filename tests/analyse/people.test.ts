import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseParagraphs } from '../support/analyse.ts';

/** The people an article's paragraphs name, by the key each mention is given. */
function people(...paragraphs: string[]): string[] {
  return [...new Set(analyseParagraphs(...paragraphs).mentions.map((m) => m.key))];
}

describe('people', () => {
  it('reads no person in an address that ends in a street abbreviation', () => {
    assert.deepEqual(
      people('Astronomer Elizabeth Warner speaks at the planetarium, 1426 N. Quincy St., Arlington, on Friday.'),
      ['new:Elizabeth Warner'],
    );
  });

  it('reads a given name or a surname that a list of other words also holds, a surname only with a cue', () => {
    assert.deepEqual(people('Former president Bill Clinton spoke at the dinner.'), ['new:Bill Clinton']);
    assert.deepEqual(people('The film stars Will Smith as a boxer.'), ['new:Will Smith']);
    assert.deepEqual(people('Prime Minister Theresa May said the vote would go ahead.'), ['new:Theresa May']);
    assert.deepEqual(people('North Korean leader Kim Jong Un said the test was a success.'), ['new:Kim Jong Un']);
    // "Plus" after a given name, with nothing saying a person is meant, is no surname.
    assert.deepEqual(people('Viewers of Sky Plus can record two channels.'), []);
    // A month opening the run is the month: "In May Trump said" names Trump alone, if anyone.
    assert.ok(!people('In May Trump said it would pass.').some((k) => /May/.test(k)));
  });

  it('reads a name without its first word as the person named in full before, where only one fits', () => {
    const coach = 'The Oakland Raiders fired Jack Del Rio on Sunday.';
    assert.deepEqual(people(coach, 'Del Rio announced his own exit at a press conference.'), ['new:Jack Del Rio']);
    assert.deepEqual(people('The prince will marry Camilla Parker Bowles in April.', 'Mrs Parker Bowles waved.'), [
      'new:Camilla Parker Bowles',
    ]);
    // Two people it could be: neither.
    assert.ok(!people(coach, 'Maria Del Rio, his cousin, spoke.', 'Del Rio left.').includes('new:Del Rio'));
    // A full name of its own is not a part of a headline read as a name.
    assert.ok(
      people('McCain Suggests Hillary Clinton Erred', 'Hillary Clinton said she had not.').includes(
        'new:Hillary Clinton',
      ),
    );
  });

  it('reads a familiar form of a given name as the person named in full before', () => {
    assert.deepEqual(
      people('He quoted John F. Kennedy on the economy.', '“So now you’re Jack Kennedy?” Biden asked.').filter((k) =>
        /Kennedy/.test(k),
      ),
      ['new:John F. Kennedy'],
    );
  });

  it('knows a familiar form of a given name as a given name, of the full name’s gender', () => {
    assert.deepEqual(people('Later, Geoff Pollard rejected his comments.'), ['new:Geoff Pollard']);
    // "she" is not the man named before her.
    const a = analyseParagraphs(
      'Agency chief Dick Pound said the rule may not apply.',
      '“The truth will be revealed,” she said.',
    );
    assert.equal(a.quotes[0]!.attribution, null);
  });

  it('reads the party and state a legislator is named with as a sign of a person, and "Sens." as a title', () => {
    assert.deepEqual(people('Two senators did not vote: Sens. Tim Kaine (D-Va.), who is the running mate.'), [
      'new:Tim Kaine',
    ]);
  });

  it('reads a name with other middle names than one named before as another person', () => {
    assert.deepEqual(
      people(
        'Former president George H. W. Bush met his son, President George W. Bush, at the ranch.',
        'George H. W. Bush said little.',
      ),
      ['new:George H. W. Bush', 'new:George W. Bush'],
    );
    // Initials written together are initials; a country's are not part of a name.
    assert.deepEqual(people('George H.W. Bush said little.'), ['new:George H.W. Bush']);
    assert.deepEqual(people('U.S. Pacific Command says the missile posed no threat.'), []);
  });

  it('reads no person in the name of a prize, a cup, a league or a festival', () => {
    assert.deepEqual(
      people(
        'The Davis Cup is over for him, Tim Henman said after the Brit Awards and the Golden Globes.',
        'The Premier League and the Venice Film Festival declined to comment.',
      ),
      ['new:Tim Henman'],
    );
  });

  it('reads no person in a plural of a role or of a party, nor in a modifier made of a name', () => {
    assert.deepEqual(people('Analysts said the shares would fall.', 'Tories said the plan would fail.'), []);
    assert.deepEqual(people('Investors in San Francisco-based Balco lost money.'), []);
    assert.deepEqual(
      people('He pointed to Democratic-leaning states, and to Republican-controlled ones, he said.'),
      [],
    );
  });

  it('reads the noun phrase before a name as its role, not the verb before it, nor a role that ends the sentence before', () => {
    const a = analyseParagraphs('It was the uprising that toppled longtime autocrat Hosni Mubarak.');
    assert.deepEqual(
      a.discovered.map((p) => [p.name, p.role]),
      [['Hosni Mubarak', 'longtime autocrat']],
    );
    assert.deepEqual(people('Sales were a record for a heavy metal star. Sales of T-shirts rose.'), []);
    // A preposition ends the role: "over", "against", "about", "at" are no part of it.
    const roles = (text: string) => analyseParagraphs(text).discovered.map((p) => [p.name, p.role]);
    assert.deepEqual(roles('Voters should back her over GOP nominee Donald Trump.'), [['Donald Trump', 'GOP nominee']]);
    assert.deepEqual(roles('There was disciplinary action against national coach Mike Ruddock.'), [
      ['Mike Ruddock', 'national coach'],
    ]);
  });

  it('reads a role before a modifier, and no role in a coordination after the name', () => {
    const a = analyseParagraphs(
      'The prize went to its director, Tunisian-born Abdellatif Kechiche, and its young star, Sara Forestier.',
    );
    assert.deepEqual(
      a.discovered.map((p) => [p.name, p.role]),
      [
        ['Abdellatif Kechiche', 'director'],
        ['Sara Forestier', 'young star'],
      ],
    );
  });

  it('reads a nationality noun before a name as its description, and no verb phrase after a name as its role', () => {
    const roles = (text: string) => analyseParagraphs(text).discovered.map((p) => [p.name, p.role]);
    assert.deepEqual(roles('Briton Hayley Yelling led from Frenchwoman Camille Pin and Swede Jonas Bjorkman.'), [
      ['Hayley Yelling', 'Briton'],
      ['Camille Pin', 'Frenchwoman'],
      ['Jonas Bjorkman', 'Swede'],
    ]);
    assert.deepEqual(roles('An architect, Dominic Stephenson, became the first Scot to be named.'), [
      ['Dominic Stephenson', null],
    ]);
  });

  it('reads no conjunction into a title, and a relative as a description of the name', () => {
    const roles = (...paragraphs: string[]) => analyseParagraphs(...paragraphs).discovered.map((p) => [p.name, p.role]);
    assert.deepEqual(roles('But Culture Secretary Tessa Jowell said the bill would pass.'), [
      ['Tessa Jowell', 'Culture Secretary'],
    ]);
    assert.deepEqual(roles("Amanda's uncle, Lewis Champion, told reporters the plea changed nothing."), [
      ['Lewis Champion', "Amanda's uncle"],
    ]);
    // An apposition's role ends at a verb of speech, not at an initial's or an abbreviation's stop.
    assert.deepEqual(roles('Anais Faraj, analyst at Nomura told the BBC the shares would rise.'), [
      ['Anais Faraj', 'analyst at Nomura'],
    ]);
    assert.deepEqual(roles('James B. Comey, the former F.B.I. director, declined to comment.'), [
      ['James B. Comey', 'former F.B.I. director'],
    ]);
  });

  it('reads no person in a quotation that is all title or nickname', () => {
    assert.deepEqual(people('She said so on the PBS television program “Charlie Rose.”'), []);
    assert.deepEqual(people('Dubbed a ‘Wolf Moon’ by Nasa, it is the second of three supermoons.'), []);
    assert.deepEqual(people('The officials called the devices "Mickey Mouse" bombs.'), []);
    // A name quoted with more words is still a name.
    assert.deepEqual(people('“Senator Bob Casey is wrong,” the ad says.'), ['new:Bob Casey']);
  });

  it('reads no person in a place named after "the village of" nor in a shop named "at X’s"', () => {
    assert.deepEqual(
      people('It happened at her home in the West Bank village of Nabi Saleh, where protests are held.'),
      [],
    );
    assert.deepEqual(people('He worked at Chuck E. Cheese’s and Sears.'), []);
    // A possessive with its noun is a person's.
    assert.deepEqual(people('He met her at Jane Smith’s house.'), ['new:Jane Smith']);
  });

  it('reads a role word that is also a common surname as the surname after a given name', () => {
    assert.deepEqual(people('Rep. Peter King opposes the plan, as does Julie Bishop.'), [
      'new:Peter King',
      'new:Julie Bishop',
    ]);
    // Not after a word that is no given name, nor before a name.
    assert.deepEqual(people('Jordan King Abdullah spoke.'), ['new:Abdullah:male']);
  });

  it('reads no person in the name of a company, a county, a school, an event or a craft a given name opens', () => {
    assert.deepEqual(
      people(
        'Sandy Hook Elementary reopened. Tyson Foods and Ram Trucks paid for it, as Shelby County did after the Vegas Massacre, while the Orion Capsule flew.',
      ),
      [],
    );
  });

  it('reads no person in a name that opens its sentence with "The", where the article is part of the run', () => {
    assert.deepEqual(people('The Shelton Weekly reported that the senator "was met with applause."'), []);
    assert.deepEqual(people('The Treasury said the figures were "complete rubbish".'), []);
    // A title after the article still opens a person's name.
    assert.deepEqual(people('The Rev. Al Sharpton said he would march.'), ['new:Al Sharpton']);
  });

  it('reads a name set off after an office held for an organisation as a person, with that office as role', () => {
    const found = analyseParagraphs('“We are concerned,” a spokesman for the Foreign Ministry, Geng Shuang, said.');
    assert.deepEqual(
      found.discovered.map((p) => [p.name, p.role]),
      [['Geng Shuang', 'spokesman for the Foreign Ministry']],
    );
    assert.equal(found.quotes[0]?.attribution?.speaker, 'new:Geng Shuang');
    // Not a name that goes on into the sentence: "Latin" is no person.
    assert.deepEqual(people('He was made deputy party leader of Veritas, Latin for truth.'), []);
    // Nor a title in a list after "star of".
    assert.deepEqual(people('Ziyi Zhang, star of Crouching Tiger, Hidden Dragon, will present.'), ['new:Ziyi Zhang']);
  });

  it('reads a title of the other sex than a given name either sex bears as the same person', () => {
    assert.deepEqual(
      people('“It’s sexist,” said Terry O’Neill, the president of the group.', '“It is a test,” Ms. O’Neill said.'),
      ['new:Terry O’Neill'],
    );
    // A given name of one sex still tells: "Mr. Macron" is not Brigitte Macron.
    assert.ok(
      people('Brigitte Macron, his wife, arrived.', 'Mr. Macron said it was time.').includes('new:Macron:male'),
    );
  });
});
