import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseParagraphs } from '../support/analyse.ts';

/** "quotation — speaker id, or the words naming the speaker in brackets, or '?'" for each quotation of the paragraphs. */
function quotes(...paragraphs: string[]): string[] {
  return analyseParagraphs(...paragraphs).quotes.map(
    (q) => `${q.text} — ${q.attribution?.speaker ?? (q.attribution ? `[${q.attribution.words}]` : '?')}`,
  );
}

describe('quotations', () => {
  it('credits the name set off after a description, and the subject of a clause ending in "first telling"', () => {
    assert.deepEqual(
      quotes(
        '"This ad shows the remorse many feel," the coalition\'s executive director, Matt Brooks, said on Wednesday.',
      ),
      ['This ad shows the remorse many feel, — new:Matt Brooks'],
    );
    assert.deepEqual(
      quotes(
        'Benjamin Netanyahu pushed back in two interviews on Sunday, first telling CNN, "I am not going to do that."',
      ),
      ['I am not going to do that. — new:Benjamin Netanyahu'],
    );
    assert.deepEqual(
      quotes('Her comments, said Josh Earnest, the press secretary, are "consistent with what the president said."'),
      ['consistent with what the president said. — new:Josh Earnest'],
    );
    assert.deepEqual(quotes('Paul Ryan shot back: "They got caught with their hand in the cookie jar."'), [
      'They got caught with their hand in the cookie jar. — new:Paul Ryan',
    ]);
    assert.deepEqual(quotes('Joe Biden was quick to retort: "That is a bunch of malarkey."'), [
      'That is a bunch of malarkey. — new:Joe Biden',
    ]);
    // A name that qualifies the role after "said" is not the speaker.
    assert.deepEqual(quotes('Barack Obama spoke. "They lost the debate," said Obama campaign manager Jim Messina.'), [
      'They lost the debate, — new:Jim Messina',
    ]);
    // A given name that is also a short function word opens a name.
    assert.deepEqual(quotes('"It was fine," said Ed Gillespie, an adviser to Romney.'), [
      'It was fine, — new:Ed Gillespie',
    ]);
    assert.deepEqual(quotes('Asked about it, Benjamin Netanyahu responded, "There is no bus."'), [
      'There is no bus. — new:Benjamin Netanyahu',
    ]);
  });

  it('reads "he said" as the one man named last, over a paragraph that names no one', () => {
    assert.deepEqual(
      quotes(
        'Bruce Arians is retiring from coaching after five seasons.',
        'The 65-year-old coach announced the decision on Monday.',
        '"It has been an unbelievable journey," he said.',
      ),
      ['It has been an unbelievable journey, — new:Bruce Arians'],
    );
    // Two men named there, neither as the paragraph's subject: no one.
    assert.deepEqual(
      quotes(
        'When Chuck Pagano left for a time, Bruce Arians directed the Colts.',
        'That opened the way to Arizona.',
        '"I might be on your side," he said.',
      ),
      ['I might be on your side, — ?'],
    );
  });

  it('goes on from the last speaker only when the sentence names no speaker of its own', () => {
    assert.deepEqual(quotes('"The water came at night," said Olena Petrenko, a teacher.', '"We had to leave."'), [
      'The water came at night, — new:Olena Petrenko',
      'We had to leave. — new:Olena Petrenko',
    ]);
    // The next sentence has its own "said" and a name the analysis does not know as a person: not hers.
    assert.deepEqual(
      quotes('"The water came at night," said Olena Petrenko, a teacher.', '"Nobody warned us," said Іван Коваленко.'),
      ['The water came at night, — new:Olena Petrenko', 'Nobody warned us, — [Іван Коваленко]'],
    );
    // A sentence after a quotation that ends its own names its speaker by a name and a verb alone; a verb with a
    // clause of its own tells of something else, and the quotation goes on from the one before.
    assert.deepEqual(
      quotes(
        '“It doesn’t seem that many,” Toshack said. “But he’s one of the greatest.” Giggs admits he had considered retirement.',
        '“It is over.” Mr Lamberty explained.',
      ),
      [
        'It doesn’t seem that many, — surname:Toshack',
        'But he’s one of the greatest. — surname:Toshack',
        'It is over. — new:Lamberty:male',
      ],
    );
    // "it" speaks for the organisation that spoke last, where no one else named speaks between.
    assert.deepEqual(
      quotes(
        '“ANA is researching the situation,” the airline said, adding that it would apologize. “We take great pride in our service,” it said.',
        '“The bid is too low,” The Financial Times said. Deutsche Boerse said it would go on. “We are convinced,” it said.',
      ),
      [
        'ANA is researching the situation, — [the airline]',
        'We take great pride in our service, — [the airline]',
        'The bid is too low, — [The Financial Times]',
        'We are convinced, — ?',
      ],
    );
    // "X released a statement … saying": one person's statement; two people's is no one person's.
    assert.deepEqual(
      quotes(
        'Mitt Romney released a statement late Tuesday saying: "Todd Akin\'s comments were offensive."',
        'Mr Magnier and Mr McManus issued a statement late on Friday saying that they remained "long-term investors".',
      ),
      ["Todd Akin's comments were offensive. — new:Mitt Romney", 'long-term investors — ?'],
    );
    // An unnamed speaker after "said", and a participle clause after it.
    assert.deepEqual(
      quotes('"Putin is the main target," said a Kremlin spokesman, claiming the journalists were former officers.'),
      ['Putin is the main target, — [a Kremlin spokesman]'],
    );
    // Two people named as one subject speak together: their words, neither one alone.
    assert.deepEqual(quotes('Ryan Crabbe and Gordon Rennie observed, "It is still not very inspiring."'), [
      'It is still not very inspiring. — [Ryan Crabbe and Gordon Rennie]',
    ]);
    // A sentence that closes with "said" and a name is that name's, but not the sentence after a closed quotation.
    assert.deepEqual(
      quotes(
        '“It takes a president who has the depth” to deal with the crisis, said Nicholas Burns, a former diplomat.',
        '“IPTV takes programmes back to our audience,” said Rahul Chakkara. “So we can tell them.” It helps, said Andrew Burke.',
      ),
      [
        'It takes a president who has the depth — new:Nicholas Burns',
        'IPTV takes programmes back to our audience, — new:Rahul Chakkara',
        'So we can tell them. — new:Rahul Chakkara',
      ],
    );
    // A quotation split by its own attribution goes on after it.
    assert.deepEqual(
      quotes('“It is great,” said Tanya Sanerib, a senior lawyer with the Center, “but it takes more than a tweet.”'),
      ['It is great, — new:Tanya Sanerib', 'but it takes more than a tweet. — new:Tanya Sanerib'],
    );
    // A quotation that ends its sentence is followed by another sentence, which says more of the same speaker.
    assert.deepEqual(
      quotes(
        '“My view is the same,” Mr. Romney told a CBS affiliate in Denver. “I don’t favor civil unions.” Asked why, he explained that they are marriage by another name.',
        '“Wales has been short changed,” Mr. Lloyd said. “This will mean cuts.” Mike German, leader of the Liberal Democrats, claimed that rates would rise.',
      ),
      [
        'My view is the same, — new:Romney:male',
        'I don’t favor civil unions. — new:Romney:male',
        'Wales has been short changed, — new:Lloyd:male',
        'This will mean cuts. — new:Lloyd:male',
      ],
    );
  });

  it('credits a first name alone, speaking, to the one person named before by it, and to no one when two are', () => {
    assert.deepEqual(
      quotes(
        'Bassem Tamimi, a village activist, was at the hearing with his daughter Ahed Tamimi.',
        'Bassem called the indictment "a political trial".',
      ),
      ['a political trial — new:Bassem Tamimi'],
    );
    // Two of that first name: neither; the word is left to the story as a surname, which no one there has.
    assert.deepEqual(
      quotes(
        'Bassem Tamimi and Bassem Nasser, two village activists, were at the hearing.',
        'Bassem called the indictment "a political trial".',
      ),
      ['a political trial — surname:Bassem'],
    );
  });

  it('reads no name inside a quotation as what a pronoun of the narration stands for', () => {
    assert.deepEqual(
      quotes(
        'James Trusty, a former prosecutor, spoke on Friday.',
        '“The wild card is that in charging Roger Stone, the team may see it differently.”',
        'He added: “They would err on the side of surprise.”',
      ).at(-1),
      'They would err on the side of surprise. — new:James Trusty',
    );
  });

  it('reads "he" among several men as the subject its sentence opens with, when no one else comes between', () => {
    assert.deepEqual(
      quotes(
        'Asa Hutchinson faced pressure. CEO Doug McMillon called for a veto of the bill, which he said "threatens inclusion."',
      ),
      ['threatens inclusion. — new:Doug McMillon'],
    );
    // The quotation opens its sentence: the subject of the sentence before.
    assert.deepEqual(
      quotes('Joe Biden spoke first. Mr. Ryan reminded the vice president of his gaffes. "I know the words," he said.'),
      ['I know the words, — new:Ryan:male'],
    );
    // Someone else named between the subject and the pronoun: no one.
    assert.deepEqual(
      quotes('Joe Biden hammered Mitt Romney over a comment in which he said he "does not worry" about voters.'),
      ['does not worry — ?'],
    );
    // A sentence that opens with a clause has no subject to offer.
    assert.deepEqual(quotes('When Joe Biden went after him, Paul Ryan smiled. "I know the words," he said.'), [
      'I know the words, — ?',
    ]);
  });

  it('credits no name that is the object of a preposition, unless a relative clause makes it a subject', () => {
    assert.deepEqual(quotes('A spokesman for Michael Howard said the plans were "very different from ours."'), [
      'very different from ours. — [a spokesman for Michael Howard]',
    ]);
    assert.deepEqual(
      quotes(
        'North Korea put a satellite into orbit under the orders of leader Kim Jong Un, and said it planned to launch “many more satellites soon.”',
      ),
      ['many more satellites soon. — ?'],
    );
    assert.deepEqual(
      quotes(
        'It will only get harder for Kelly Holmes, who has already admitted she "does not like the training anymore."',
      ),
      ['does not like the training anymore. — new:Kelly Holmes'],
    );
    assert.deepEqual(
      quotes(
        'The claims were denied by Foreign Secretary Jack Straw, who accused them of "running scared of the debate."',
      ),
      ['running scared of the debate. — new:Jack Straw'],
    );
  });

  it('credits a name after a description in lower case, a role held for someone, or an organisation of the speaker', () => {
    assert.deepEqual(quotes('"We are very excited about this discovery," study author Xinyu Dai said of the find.'), [
      'We are very excited about this discovery, — new:Xinyu Dai',
    ]);
    assert.deepEqual(quotes('"Can we say that we are doing enough?" an emotional Mr. Obama said after the attack.'), [
      'Can we say that we are doing enough? — new:Obama:male',
    ]);
    assert.deepEqual(quotes('"House committees will review these ideas," Boehner spokesman Michael Steel said.'), [
      'House committees will review these ideas, — new:Michael Steel',
    ]);
    assert.deepEqual(
      quotes('"Trump brought up impeachment," Ms. Pelosi’s spokesman, Drew Hammill, wrote on Twitter.'),
      ['Trump brought up impeachment, — new:Drew Hammill'],
    );
    assert.deepEqual(
      quotes(
        '"It is not clear what North Korea learned," missile expert David Wright of the Union of Concerned Scientists said.',
      ),
      ['It is not clear what North Korea learned, — new:David Wright'],
    );
    assert.deepEqual(quotes('"The drill is a prelude to war," the agency quoted John Smith as saying.'), [
      'The drill is a prelude to war, — new:John Smith',
    ]);
    assert.deepEqual(quotes('"We will not comment on it," said the spokesman, Peter Carr.'), [
      'We will not comment on it, — new:Peter Carr',
    ]);
    assert.deepEqual(quotes('"I am honored to meet him," said the legislator, Representative Carl Seel.'), [
      'I am honored to meet him, — new:Carl Seel',
    ]);
    assert.deepEqual(quotes('Anthony Weiner spoke to reporters.', '"It was a prank," Weiner reiterated.'), [
      'It was a prank, — new:Anthony Weiner',
    ]);
    assert.deepEqual(
      quotes('"Some of the packages went through the mail," Secretary Kirstjen Nielsen earlier told Fox News.'),
      ['Some of the packages went through the mail, — new:Kirstjen Nielsen'],
    );
    // A noun is no verb of speech: "comments" here is what Mr Bell said, not what the council says.
    assert.deepEqual(
      quotes(
        'Ofsted boss David Bell spoke.',
        'The council said Mr Bell\'s comments were "highly irresponsible and wrong".',
      ),
      ['highly irresponsible and wrong — ?'],
    );
    // A function word makes the name someone else's: the lawyer speaks, not Mr. Smith.
    assert.deepEqual(quotes('"We will appeal the ruling," a lawyer for Mr. John Smith said.'), [
      'We will appeal the ruling, — ?',
    ]);
    // After a quotation that ends its sentence, a description opens the next sentence, about someone else.
    assert.deepEqual(
      quotes(
        'Mr Blunkett said: "I have ensured that there is as little as possible." BBC political correspondent Carole Walker said the timing was poor.',
      ),
      ['I have ensured that there is as little as possible. — new:Blunkett:male'],
    );
  });

  it('reads a name and a verb with a colon after a quotation that ends its sentence as introducing the next one', () => {
    // The quotation before belongs to whoever spoke before it (here the pronoun's), never to the next speaker.
    assert.deepEqual(
      quotes(
        'Defence Secretary Ann Holt said, "Not yet." after she said the launch had "put a city under shelter." Foreign Minister Paul Reyes said: "We condemn this launch."',
      ),
      [
        'Not yet. — new:Ann Holt',
        'put a city under shelter. — new:Ann Holt',
        'We condemn this launch. — new:Paul Reyes',
      ],
    );
    // A run of quoted sentences goes on from its speaker up to the next one's introduction.
    assert.deepEqual(
      quotes(
        'Coach Rafael Mendes said: "We started well. "It is important to have a good squad." Captain Tom Ellis added: "We move on."',
      ),
      [
        'We started well. — new:Rafael Mendes',
        'It is important to have a good squad. — new:Rafael Mendes',
        'We move on. — new:Tom Ellis',
      ],
    );
  });

  it('keeps the words after "said" in any script as the words naming the speaker, without the full stop', () => {
    assert.deepEqual(
      quotes(
        '"We need help," said 王小明, a shop owner. "Pray for us," said أحمد الخطيب. "It was chaos," said Γιώργος Παπαδόπουλος.',
      ),
      ['We need help, — [王小明]', 'Pray for us, — [أحمد الخطيب]', 'It was chaos, — [Γιώργος Παπαδόπουλος]'],
    );
  });

  it('keeps the full stop of an abbreviation that ends a name', () => {
    assert.deepEqual(quotes('"Sales will grow," said Acme Widgets Inc.'), ['Sales will grow, — [Acme Widgets Inc.]']);
  });
});

describe('quotations of organisations', () => {
  it('credits "the airline" and an acronym to the one organisation the article names that way', () => {
    assert.deepEqual(
      quotes(
        'A Tokyo-bound jet returned to Los Angeles, All Nippon Airways said.',
        '"We take great pride in our service," the airline said. "We are investigating," ANA said.',
      ),
      ['We take great pride in our service, — [All Nippon Airways]', 'We are investigating, — [All Nippon Airways]'],
    );
  });
});

describe('quotations of people described, not named', () => {
  it('keeps the description in lower case, as it reads after "per" or a dash', () => {
    assert.deepEqual(
      quotes('"We will rebuild," the local governor said.', 'The local governor said: "Help is coming."'),
      ['We will rebuild, — [the local governor]', 'Help is coming. — [the local governor]'],
    );
  });

  it('credits a quotation in single marks that opens the sentence after an attributed one to the same speaker', () => {
    assert.deepEqual(
      quotes('John Fox left the Bears.', "'We played hard,' he said. 'Anything after that, we will keep you posted.'"),
      ['We played hard, — new:John Fox', 'Anything after that, we will keep you posted. — new:John Fox'],
    );
  });

  it('reads the present "asks", an adverb before the verb, and speech reported as "is shown saying"', () => {
    assert.deepEqual(
      quotes(
        'Donald Trump leads a familiar refrain.',
        '"Who is going to pay?" he asks.',
        '"The fact is that Iran gets closer," Mr. Trump is shown saying.',
      ),
      ['Who is going to pay? — new:Donald Trump', 'The fact is that Iran gets closer, — new:Donald Trump'],
    );
    assert.deepEqual(quotes('Chrissy Teigen boarded the plane.', '"Taking off now!" she finally tweeted.'), [
      'Taking off now! — new:Chrissy Teigen',
    ]);
    assert.deepEqual(
      quotes('"Russia is deeply worried," Kremlin spokesman Dmitry Peskov was quoted by Tass news agency as saying.'),
      ['Russia is deeply worried, — new:Dmitry Peskov'],
    );
  });

  it('reads a quotation of several paragraphs run into one, each opening again, as one speaker’s', () => {
    assert.deepEqual(
      quotes('Ceplak added: "I like running against her, the race is always fast. "That is the sort of race I like."'),
      [
        'I like running against her, the race is always fast. — surname:Ceplak',
        'That is the sort of race I like. — surname:Ceplak',
      ],
    );
  });

  it('credits the subject of the sentence a participle clause ends, never the object before it', () => {
    assert.deepEqual(
      quotes(
        'Sen. Ted Cruz on Friday lashed out at Donald Trump, accusing the billionaire of enlisting "his political henchmen to do his bidding."',
      ),
      ['his political henchmen to do his bidding. — new:Ted Cruz'],
    );
    assert.deepEqual(
      quotes(
        'Trump spokeswoman Katrina Pierson responded on Twitter, stating that the allegation is "stupidity on all levels."',
      ),
      ['stupidity on all levels. — new:Katrina Pierson'],
    );
    assert.deepEqual(quotes('Police arrested John Smith on Friday, accusing him of "gross misconduct in office".'), [
      'gross misconduct in office — ?',
    ]);
    // A possessive is no subject either: better no one than Gorsuch.
    assert.deepEqual(
      quotes(
        '"I cannot support him," Charles Schumer said, citing Neil Gorsuch’s record, adding, "My vote will be no."',
      ),
      ['I cannot support him, — new:Charles Schumer', 'My vote will be no. — ?'],
    );
  });

  it('credits the name an apposition holding another name sets off', () => {
    assert.deepEqual(
      quotes(
        'Park Soo-hyun, spokesman for South Korean President Moon Jae-in, said the country’s military had been ordered "to prepare a stern measure."',
      ),
      ['to prepare a stern measure. — new:Park Soo-hyun'],
    );
  });

  it('reads an apposition of several parts, set off by commas, between a name and its verb', () => {
    assert.deepEqual(
      quotes(
        'Evan Wolfson, the founder of Freedom to Marry, a gay rights organization, said that now “there is no way to hide.”',
        'The tech sector is a “culture that has embraced trafficking,” Alex Trouteaud, director of research at Demand Abolition, an anti-trafficking watchdog, told the magazine.',
      ),
      ['there is no way to hide. — new:Evan Wolfson', 'culture that has embraced trafficking, — new:Alex Trouteaud'],
    );
    // A long relative clause, with a pronoun of its own: "they" is the clause's subject, not the verb's.
    assert.deepEqual(
      quotes(
        'Mr. Nadler, whose view is that the developers were entitled to build the mosque at the selected location if they choose, said, “I suspect people will realize that liberty is at stake.”',
      ),
      ['I suspect people will realize that liberty is at stake. — new:Nadler:male'],
    );
  });

  it('takes a pronoun for someone named before it, not after', () => {
    assert.deepEqual(
      quotes(
        'Donald Trump spoke in Las Vegas on Friday.',
        'He accused Barack Obama of running a confusing policy, saying "nobody knows what is happening."',
      ),
      ['nobody knows what is happening. — new:Donald Trump'],
    );
  });

  it('reads a name opening its sentence with a given name the function-word list holds ("Ed", Korean "Park")', () => {
    assert.deepEqual(quotes('Ed Balls said "we will act at once".'), ['we will act at once — new:Ed Balls']);
    assert.deepEqual(quotes('Park Geun-hye said "we will act at once".'), ['we will act at once — new:Park Geun-hye']);
    // After a word that is no name, "Park" opens none: "Queens Park Rangers keeper …".
    const names = analyseParagraphs('Queens Park Rangers keeper Chris Day said "we will act".').discovered;
    assert.ok(!names.some((p) => p.name.includes('Park')));
  });

  it("takes no one named as an object in the pronoun's own sentence for the pronoun, nor a name the pronoun has a verb after", () => {
    // "he" is the subject of "said"; Reid, the object of "at" and of "who", is someone else.
    assert.deepEqual(quotes('He also took aim at former Senate Leader Harry Reid, who he said "was right in 1993."'), [
      'was right in 1993. — ?',
    ]);
    assert.deepEqual(quotes('Of Janet Hale, she said: "Her career is inspiring to everyone."'), [
      'Her career is inspiring to everyone. — ?',
    ]);
    // Nor the man named before a name the analysis cannot read speaks ("Trump", which two people bear).
    assert.deepEqual(
      quotes(
        'President Donald Trump and first lady Melania Trump visited. The gunman, James Hodgkinson, was killed.',
        'Hodgkinson was a member of the YMCA, spokeswoman Dana Rucker said in a statement.',
        'Lawmakers expressed sympathy. Trump said that he was “deeply saddened” by the news.',
        '“Our thoughts and prayers are with the members of Congress,” he said in a statement.',
      ).at(-1),
      'Our thoughts and prayers are with the members of Congress, — ?',
    );
    // So is the object of a participle, titles between.
    assert.deepEqual(quotes('Saying President Obama, he said, was “too simple an answer.”'), [
      'too simple an answer. — ?',
    ]);
    // An object before the speaker does not compete: "Dr Fox … repaid money to former Treasurer Lord Ashcroft".
    assert.deepEqual(
      quotes(
        'Dr Liam Fox refused to discuss reports that the party had repaid money to former Treasurer Lord Ashcroft after he said the party could not win. "We repay loans when they are due," he said.',
      ),
      ['We repay loans when they are due, — new:Liam Fox'],
    );
    // A pronoun inside an apposition is not the verb's subject: "Weitz, who admitted he …, said".
    assert.deepEqual(
      quotes('Chris Weitz, who admitted he was nobody\'s first choice, said he saw the film as "the work of my life".'),
      ['the work of my life — new:Chris Weitz'],
    );
  });

  it('takes no name before "and" for the subject of the verb the "and" joins', () => {
    assert.deepEqual(quotes('She was at the rally to see Glenn Beck and called him a "relatable, everyday guy."'), [
      'relatable, everyday guy. — ?',
    ]);
    assert.deepEqual(
      quotes('Morgan Freeman won. He thanked Clint Eastwood and described the film as "a labour of love".'),
      ['a labour of love — ?'],
    );
  });

  it('takes no pronoun for a person named before an unnamed speaker', () => {
    assert.deepEqual(
      quotes(
        'Dominic Hirsch said the number of machines at risk was low.',
        'A spokesman for the payments industry said the risk was minimal. "There is no concern about a virus," he added.',
      ),
      ['There is no concern about a virus, — ?'],
    );
  });

  it('takes a pronoun after a quotation for the one who spoke last, when no one else is named since', () => {
    assert.deepEqual(
      quotes(
        'Gazprom shares rose. John Brown of the union said it was "a sad day". "This is good news for investors," investment chief David Smith said. "Most are going to be happy," he added.',
      ),
      [
        'a sad day — new:John Brown',
        'This is good news for investors, — new:David Smith',
        'Most are going to be happy, — new:David Smith',
      ],
    );
  });

  it('credits the name after a description of two roles joined by "and"', () => {
    assert.deepEqual(quotes('"GM reported solid results," GM chairman and chief executive Rick Wagoner said.'), [
      'GM reported solid results, — new:Rick Wagoner',
    ]);
  });

  it('leaves words that introduce the next quotation to it, and the one before to the speaker it goes on from', () => {
    assert.deepEqual(
      quotes('"I was covered," John Smith said. "It splattered the car." A BBC spokesman said: "He took his seat."'),
      [
        'I was covered, — new:John Smith',
        'It splattered the car. — new:John Smith',
        'He took his seat. — [A BBC spokesman]',
      ],
    );
  });

  it('credits a participle clause to a name after "said" and a description, or after a compound role', () => {
    assert.deepEqual(
      quotes('"They mean everything," said Sideways producer Michael London, adding they were a "huge first step".'),
      ['They mean everything, — new:Michael London', 'huge first step — new:Michael London'],
    );
    assert.deepEqual(quotes('Conservative co-chairman Liam Fox derided the call, saying: "It was the worst acting."'), [
      'It was the worst acting. — new:Liam Fox',
    ]);
  });

  it('takes "he said" for the subject a description opens the sentence before with, not for a name in a report', () => {
    assert.deepEqual(
      quotes(
        'His party leader, Michael Howard, argued a change was needed. "Labour are creating two Britains," he said.',
      ),
      ['Labour are creating two Britains, — new:Michael Howard'],
    );
    assert.deepEqual(
      quotes(
        'John Smith spoke in Leeds. And Tony Blair would be in the front line, he said. "The prime minister will be out of London," he said.',
      ),
      ['The prime minister will be out of London, — ?'],
    );
  });

  it('credits a verb joined by "and" or "but" to the subject the sentence opens with, not to a clause between', () => {
    assert.deepEqual(
      quotes('Producer Barry Weissler said he was "deeply proud" of it, but said closing it was "painful but right".'),
      ['deeply proud — new:Barry Weissler', 'painful but right — new:Barry Weissler'],
    );
    assert.deepEqual(
      quotes(
        'Frank Capra was the butt of a gaffe when the host opened the envelope and declared "come on up and get it".',
      ),
      ['come on up and get it — ?'],
    );
  });

  it('credits a name with its state and a description set off after it', () => {
    assert.deepEqual(
      quotes('"It is over," Senator Chuck Schumer of New York, the Democratic leader, said on Tuesday.'),
      ['It is over, — new:Chuck Schumer'],
    );
  });

  it('takes a sentence that opens with a conjunction after a quotation for something new, not its attribution', () => {
    assert.deepEqual(
      quotes(
        'Lord Hoffmann said: "The real threat comes from laws such as these." But Lord Walker of Gestingthorpe, the one law lord to oppose the appeal, said the laws contained safeguards.',
      ),
      ['The real threat comes from laws such as these. — new:Hoffmann:male'],
    );
    // Before its quotation, the conjunction is no part of the words naming the speaker.
    assert.deepEqual(
      quotes('But US Treasury Under-Secretary John Taylor said it could not because of its "legislative process".'),
      ['legislative process — [US Treasury Under-Secretary John Taylor]'],
    );
  });

  it('goes on from a quotation only where no one else is said to speak between', () => {
    assert.deepEqual(
      quotes(
        'Salvation Army spokesman Jonathan Lomax said: "The proliferation of casinos was a real concern." But Casino Association chairman Penny Cobham said her members were angry. "There was never going to be an explosion of casinos."',
      ),
      [
        'The proliferation of casinos was a real concern. — new:Jonathan Lomax',
        'There was never going to be an explosion of casinos. — ?',
      ],
    );
    assert.deepEqual(
      quotes(
        '"I think the Fed feels flexible," said David Berson, chief economist at Fannie Mae. "Inflation has moved up."',
      ),
      ['I think the Fed feels flexible, — new:David Berson', 'Inflation has moved up. — new:David Berson'],
    );
  });

  it('credits a name after a description of up to seven words', () => {
    assert.deepEqual(
      quotes(
        '"We will answer questions," Oversight and Government Reform Committee spokesman Ali Ahmad said in a statement.',
      ),
      ['We will answer questions, — new:Ali Ahmad'],
    );
  });

  it('reads a title in quotation marks before a quotation as no quotation of its own', () => {
    assert.deepEqual(
      quotes(
        'Vice President Mike Pence said on Fox News’ “Tucker Carlson Tonight” that the terms were clear: “Bottom line, no wall, no deal.”',
      ),
      ['Bottom line, no wall, no deal. — new:Mike Pence'],
    );
  });

  it('takes "He said:" for the subject of the sentence before, past a possessive or the object of a preposition', () => {
    assert.deepEqual(
      quotes(
        'Trevor Phillips, chair of the Commission for Racial Equality, praised Lord Scarman\'s "ability to listen". He said: "A community which had been ignored was suddenly embraced."',
      ),
      [
        'ability to listen — new:Trevor Phillips',
        'A community which had been ignored was suddenly embraced. — new:Trevor Phillips',
      ],
    );
    // Another subject between keeps it from anyone.
    assert.deepEqual(
      quotes('Tony Blair met George Bush at the summit. He said: "We agreed on everything that matters."'),
      ['We agreed on everything that matters. — ?'],
    );
  });

  it('takes a pronoun after a paragraph that ends in an attribution for the one it has speak', () => {
    assert.deepEqual(
      quotes(
        'Gordon Brown has failed to tackle the unfairness of the tax system, Charles Kennedy has said.',
        'The new rebate did nothing to fix the "unfair tax", he added.',
      ),
      ['unfair tax — new:Charles Kennedy'],
    );
    // Not when the paragraph goes on about someone else after that.
    assert.deepEqual(
      quotes(
        'However, Linford Christie countered that it was easy to criticise. Michael Johnson was involved in a spat with Darren Campbell.',
        '"The only time you see them upset is when they lose," he said.',
      ),
      ['The only time you see them upset is when they lose, — ?'],
    );
  });

  it('takes a pronoun that opens its paragraph for the titled name the paragraph before opens with, when it stays with them', () => {
    assert.deepEqual(
      quotes(
        'Florida Sen. Marco Rubio took a positive view of the deal. He said President Donald Trump made "a very reasonable offer" to Democrats.',
        '"The way to end this shutdown is for both sides to make concessions," he said.',
      ),
      [
        'a very reasonable offer — new:Marco Rubio',
        'The way to end this shutdown is for both sides to make concessions, — new:Marco Rubio',
      ],
    );
    // Not when the last sentence turns to someone else, nor after a preposition that a capital makes look like a title.
    assert.deepEqual(
      quotes(
        "Home Secretary Charles Clarke defended the plan. But the Liberal Democrats' home affairs spokesman, Mark Oaten, accused Mr Clarke of dodging.",
        '"The critical issue is being dodged," he said.',
      ),
      ['The critical issue is being dodged, — ?'],
    );
    assert.deepEqual(
      quotes(
        'For analyst Olivier Beauvillain, the decision was an error. But for Allen Weiner, a research director, the battle is elsewhere.',
        '"Yahoo is the seminal brand on the web," he said.',
      ),
      ['Yahoo is the seminal brand on the web, — ?'],
    );
  });

  it('takes a pronoun that opens its paragraph for the subject of the last sentence before, and only then', () => {
    const before = 'Lib Dem leader Charles Kennedy said voters have a lack of trust of Tony Blair.';
    assert.deepEqual(quotes(before, 'He said: "What you see is what you get."'), [
      'What you see is what you get. — new:Charles Kennedy',
    ]);
    // Someone else is the subject in the pronoun's own paragraph before it, or the paragraph before ends elsewhere.
    assert.deepEqual(quotes(before, 'The Tory leader disagreed. He said: "What you see is what you get."'), [
      'What you see is what you get. — ?',
    ]);
    assert.deepEqual(
      quotes(`${before} The affair still rankles with the Dutchman.`, '"I was settled at the club," he said.'),
      ['I was settled at the club, — ?'],
    );
  });

  it('reads the day between a speaker and the verb, and a name set off as an apposition as the one who spoke', () => {
    assert.deepEqual(
      quotes('Gov. Rick Perry of Texas on Tuesday said he would back a policy “to detain every illegal alien.”'),
      ['to detain every illegal alien. — new:Rick Perry'],
    );
    assert.deepEqual(
      quotes(
        'Rep. Michael Grimm is expected to be indicted, his lawyer said Friday.',
        'Grimm\'s lawyer, William McGinley, said in a statement that the office "has disclosed its intent."',
        '"We are disappointed by the decision," he said.',
      ),
      [
        'has disclosed its intent. — new:William McGinley',
        'We are disappointed by the decision, — new:William McGinley',
      ],
    );
  });

  it('leaves a quotation with its own speaker when the sentence after it leads to a colon', () => {
    assert.deepEqual(
      quotes(
        'Health Secretary John Reid warned members. He told BBC News: "Those who inspire these books damage the party." Mr Blair dismissed claims of broken promises, saying: "I have dealt with this."',
      ),
      ['Those who inspire these books damage the party. — new:John Reid', 'I have dealt with this. — new:Blair:male'],
    );
  });

  it('takes "he" for one named after "said", of any given name in East Asian order, and never past someone unnamed', () => {
    assert.deepEqual(
      quotes(
        '"Those remarks are well over the line," said Robert Gibbs, the former press secretary who now works on President Barack Obama\'s campaign.',
        '"It\'s time to get rid of this," he said.',
      ),
      ['Those remarks are well over the line, — new:Robert Gibbs', "It's time to get rid of this, — new:Robert Gibbs"],
    );
    assert.deepEqual(
      quotes(
        'Kim Dong-yup, a professor at the institute, said the launch suggested confidence.',
        '"I do not think so," he said.',
      ),
      ['I do not think so, — new:Kim Dong-yup'],
    );
    assert.deepEqual(
      quotes(
        '"It was chaos," said Jake Owen, a country singer.',
        'At 10:08 p.m., an officer on the scene sounds the alarm. "We got shots fired," he says.',
      ),
      ['It was chaos, — new:Jake Owen', 'We got shots fired, — ?'],
    );
  });

  it('credits no one named before "’s" and a role after "said": the role’s holder speaks', () => {
    assert.deepEqual(
      quotes(
        'Nicole Kidman has taken out orders against two photographers.',
        '"She respects that reporters have a job to do," said Kidman\'s publicist Wendy Day.',
      ),
      ['She respects that reporters have a job to do, — ?'],
    );
  });

  it('reads "he paused, then added:" as the pronoun speaking', () => {
    assert.deepEqual(
      quotes('"I just feel terrible for her," Mr. Weiner said.', 'He paused, then added: "But I don\'t know that."'),
      ['I just feel terrible for her, — new:Weiner:male', "But I don't know that. — new:Weiner:male"],
    );
  });

  it('takes "he" for the subject of the sentence before, over the one its verb of speech is about', () => {
    assert.deepEqual(
      quotes(
        'Co-chairman Liam Fox accused Mr Blair of telling lies. "It is going to be fear and smear," he told BBC News.',
      ),
      ['It is going to be fear and smear, — new:Liam Fox'],
    );
  });

  it('credits a quotation that opens the sentence after ", NAME said." to that name, and not one after a name it is about', () => {
    assert.deepEqual(
      quotes(
        'Patriots wanted the UK to be strong abroad, Foreign Secretary Jack Straw said. "Our role in the EU is crucial."',
      ),
      ['Our role in the EU is crucial. — new:Jack Straw'],
    );
    assert.deepEqual(quotes('Voters trust Jack Straw, the poll said. "Our role in the EU is crucial."'), [
      'Our role in the EU is crucial. — ?',
    ]);
  });
});
