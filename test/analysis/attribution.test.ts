import * as assert from 'node:assert/strict';
import { analyse, quoteWith, speakerOf, who } from '../helpers/analyse';

describe('attribution patterns', () => {
  it('“…,” X said', () => {
    assert.deepEqual(who('“We are ready,” Jane Doe said.'), ['Jane Doe ← Jane Doe']);
  });

  it('“…,” said X, with an appositive role', () => {
    const text = '“The ward is full,” said Hugh Hill, a doctor.';
    const a = analyse(text);
    assert.deepEqual(who(text), ['Hugh Hill ← Hugh Hill']);
    assert.equal(a.speakers[0]!.role, 'a doctor');
  });

  it('X said: “…”', () => {
    assert.deepEqual(who('Mayor Ann Lee said: “The bridge opens Monday.”'), ['Ann Lee ← Mayor Ann Lee']);
  });

  it('X said (that) “…” and X told reporters “…”', () => {
    const text = 'Gov. Tom Hart said that “taxes will fall.” Hart told reporters “we have the votes.”';
    const a = analyse(text);
    assert.deepEqual(who(text), ['Tom Hart ← Gov. Tom Hart', 'Tom Hart ← Hart']);
    assert.equal(quoteWith(a, text, 'votes').attribution.cue?.text, 'told reporters');
  });

  it('According to X, “…”', () => {
    const text = 'According to the health ministry, “the outbreak is contained.”';
    assert.deepEqual(who(text), ['health ministry ← the health ministry']);
  });

  it('X added, “…”', () => {
    assert.deepEqual(who('Senator Ruth Bell added, “We will not wait.”'), ['Ruth Bell ← Senator Ruth Bell']);
  });

  it('a dash attribution', () => {
    const text = '“Nobody warned us.” — Maria Lopez, a resident.';
    assert.deepEqual(who(text), ['Maria Lopez ← Maria Lopez']);
    assert.equal(analyse(text).quotes[0]!.attribution.why, 'quote — X (dash attribution)');
  });

  it('a colon lead-in closing the previous paragraph', () => {
    const text = 'Finance Minister Karl Weber put it bluntly:\n\n“There is no money left.”';
    const a = analyse(text);
    assert.deepEqual(who(text), ['Karl Weber ← Finance Minister Karl Weber']);
    assert.equal(a.quotes[0]!.attribution.why, 'colon lead-in closing the previous paragraph');
  });

  it('a further quote in the same paragraph after an attributed one', () => {
    const text = '“We lost,” Coach Dan Reed said. “We will be back.”';
    const a = analyse(text);
    assert.deepEqual(who(text), ['Dan Reed ← Coach Dan Reed', 'Dan Reed ← Coach Dan Reed']);
    assert.equal(a.quotes[1]!.attribution.why, 'further quote in the paragraph after an attributed one');
  });

  it('a quote broken by its attribution', () => {
    assert.deepEqual(who('Mayor Ann Lee spoke at the site. “First,” she said, “we rebuild the school.”'), ['Ann Lee ← she', 'Ann Lee ← she']);
  });

  it('a pronoun with no person before it names nobody', () => {
    const a = analyse('“First,” he said, “we rebuild the school.”');
    assert.deepEqual(a.quotes.map((q) => [q.kind, q.attribution.mention?.text, q.attribution.speakerId, q.attribution.confidence < 0.5]), [
      ['full', 'he', null, true],
      ['partial', 'he', null, true],
    ]);
    // the findings say why: the attribution is there, its pronoun has no antecedent
    assert.deepEqual(a.findings.map((f) => [f.code, f.message, f.related.map((r) => r.start)]), [
      ['unattributed-quote', 'Quotation has no speaker: it is attributed to “he”, but nobody named before it fits.', [9]],
      ['unattributed-quote', 'Quotation has no speaker: it is attributed to “he”, but nobody named before it fits.', [9]],
    ]);
  });

  it('a multi-paragraph continuation shares its speaker', () => {
    const text = 'Jane Doe said: “We will build the road.\n\n“And we will pay for it ourselves.”';
    const a = analyse(text);
    assert.equal(a.quotes.length, 1);
    assert.equal(speakerOf(a, a.quotes[0]!)?.name, 'Jane Doe');
  });

  it('relayed speech: “CCTV reported him as saying”', () => {
    const text = 'Foreign Minister Wang Yi met the envoy. Wang asked the US side to stop hyping up the “China threat theory,” CCTV reported him as saying.';
    const a = analyse(text);
    const q = quoteWith(a, text, 'China threat');
    assert.equal(speakerOf(a, q)?.name, 'Wang Yi');
    assert.equal(q.attribution.mention?.text, 'him');
    assert.equal(q.attribution.via?.text, 'CCTV');
  });

  it('relayed speech: “according to a State Department readout”', () => {
    const text = 'Secretary Antony Blinken spoke first.\n\n“We are committed,” he said according to a State Department readout.';
    const a = analyse(text);
    const q = a.quotes[0]!;
    assert.equal(speakerOf(a, q)?.name, 'Antony Blinken');
    assert.equal(q.attribution.via?.text, 'a State Department readout');
  });

  it('never lets words inside a quote attribute it', () => {
    const text = '“Smith said we would lose,” nobody expected.';
    const a = analyse(text);
    assert.equal(a.quotes[0]!.attribution.confidence < 0.5, true);
    assert.deepEqual(a.findings.filter((f) => f.code === 'unattributed-quote').map((f) => [f.start, f.end]), [[0, 27]]);
  });

  it('resolves “he” to the nearest person that agrees in gender', () => {
    const text = 'Premier Anna Berg met President John Cole on Friday.\n\n“We agreed on trade,” she said. “It was hard,” he said.';
    assert.deepEqual(who(text), ['Anna Berg ← she', 'John Cole ← he']);
  });

  it('resolves a surname in the headline to the full name given later', () => {
    const text = 'Blinken warns of risks\n\nUS Secretary of State Antony Blinken said on Monday that “risks remain.”';
    const a = analyse(text);
    assert.equal(a.speakers.length, 1);
    assert.equal(a.speakers[0]!.name, 'Antony Blinken');
    assert.equal(a.speakers[0]!.role, 'US Secretary of State');
  });

  it('partial quotes take the speaker of the reported speech around them', () => {
    const text = 'China and the United States agree on the need to “stabilize” their relations, US Secretary of State Antony Blinken said.';
    const a = analyse(text);
    assert.deepEqual(a.quotes.map((q) => [q.text, q.kind, speakerOf(a, q)?.name]), [['“stabilize”', 'partial', 'Antony Blinken']]);
  });

  it('“…” about X, said Y: the cue further along after a comma', () => {
    assert.deepEqual(who('“We’re extremely happy” about the decision, said RoseAnn DeMoro, executive director of the union.'), ['RoseAnn DeMoro ← RoseAnn DeMoro']);
  });

  it('a long appositive between the name and its cue', () => {
    assert.deepEqual(who('“Yes, I support Ted Cruz,” Brent Bozell III, founder of the Media Research Center, tells Breitbart News.'), ['Brent Bozell III ← Brent Bozell III']);
  });

  it('the subject of a participle cue: “…, telling the crowd, “…””', () => {
    assert.deepEqual(who('Trump took a risk by winking at the audience, telling the crowd, “I’m a negotiator like you, folks.”'), ['Trump ← Trump']);
  });

  it('a verb the lexicon does not know before a colon', () => {
    assert.deepEqual(who('Asked which county was his favourite, Cruz demurred: “Whichever one I’m in at the moment.”'), ['Cruz ← Cruz']);
  });

  it('a reflexive between the speaker and the cue', () => {
    assert.deepEqual(who('Cruz himself said Tuesday that “the only way to win the state is to ask, one on one.”'), ['Cruz ← Cruz']);
  });

  it('a document speaks for its publisher: “the headline reads:”', () => {
    assert.deepEqual(who('The snarky headline reads: “Repeat after me: nothing is wrong.”'), ['snarky headline ← The snarky headline']);
  });

  it('a cue inside a relative clause is not the attribution', () => {
    assert.deepEqual(who('“Nothing is settled,” a senior official who asked not to be named said.'), ['a senior official who asked not to be named ← a senior official']);
  });

  it('an aside between commas does not hide the speaker, and a listener is not one', () => {
    assert.deepEqual(who('Hunter, meanwhile, told Politico on Wednesday that he backs Trump because “we need a leader as president.”'), ['Hunter ← Hunter']);
  });

  it('a long next sentence never attributes the quote before it', () => {
    const text = 'Sanders called the suspension “arbitrary and unfair to us.” Josh Hendler, a top Democratic tech operative, warned Saturday that the move would backfire badly.';
    assert.deepEqual(who(text), ['Sanders ← Sanders']);
  });

  it('a horizontal-bar dash attribution', () => {
    assert.deepEqual(who('“Mostly he promotes ignorance.” ― Esther Tapia'), ['Esther Tapia ← Esther Tapia']);
  });

  it('a next sentence that opens with the speaker and the cue, however long', () => {
    assert.deepEqual(who('“Who do they think they are?” Trump said of Apple in February, when the company balked at unlocking a phone.'), ['Trump ← Trump']);
  });

  it('a party and state in parentheses between name and cue', () => {
    assert.deepEqual(who('“It’s a dog whistle to all Americans,” Rep. Gwen Moore (D-Wis.) said Friday.'), ['Gwen Moore ← Rep. Gwen Moore']);
  });

  it('a short description next to the cue: “the announcer said,”', () => {
    assert.deepEqual(who('As a phone rang, the announcer said, “It’s 3 a.m., and your children are safe and asleep.”'), ['the announcer ← the announcer']);
  });

  it('a middle initial is part of the name', () => {
    assert.deepEqual(who('"Absolutely hate this framing," Vann R. Newkirk II, a writer for The Atlantic, said on Twitter.'), ['Vann R. Newkirk II ← Vann R. Newkirk II']);
  });

  it('a phrase woven into the writer’s sentence belongs to the sentence’s subject', () => {
    const text = 'Governor Ann Lee spoke in Dover. Lee called the budget “a disgrace” and dismissed the audit as “absurd.”';
    const a = analyse(text);
    assert.deepEqual(who(text), ['Ann Lee ← Lee', 'Ann Lee ← Lee']);
    assert.equal(quoteWith(a, text, 'absurd').attribution.why, 'X … “…” (subject of the sentence)');
    assert.equal(quoteWith(a, text, 'disgrace').kind, 'partial');
  });

  it('a woven phrase after a pronoun subject goes to the person the pronoun names', () => {
    assert.deepEqual(who('Senator Tom Hart left early. He accused the board of being “duped” by lobbyists.'), ['Tom Hart ← He']);
  });

  it('a capitalised opening word that names nobody is not a woven phrase’s subject', () => {
    const text = 'Given the history of “rapists” and “criminals,” the move was expected.';
    assert.deepEqual(who(text), ['- ← -', '- ← -']);
    assert.deepEqual(analyse(text).quotes.map((q) => q.kind), ['term', 'term']);
  });

  it('a quote that opens its sentence is not woven into it', () => {
    assert.deepEqual(who('Governor Ann Lee spoke. “Crossroads of America” is the town’s motto.'), ['- ← -']);
  });

  it('an opening phrase and its comma come before the subject of a woven phrase', () => {
    assert.deepEqual(who('Senator Ruth Bell spoke on Monday. At the debate, Bell called the plan “a fraud.”'), ['Ruth Bell ← Bell']);
  });

  it('a participle clause speaks for the subject after an opening phrase', () => {
    const text = 'During the convention, Police Chief Calvin Williams lobbied to suspend open-carry rights, saying, "The fewer guns, the better."';
    assert.deepEqual(who(text), ['Calvin Williams ← Police Chief Calvin Williams']);
  });

  it('a verb that doubles its consonant is a cue: “quipped”, “admitted”', () => {
    assert.deepEqual(who('"If you ask one more mean question, I may have to leave," Cruz quipped. "We lost," Coach Dan Reed admitted.'), ['Cruz ← Cruz', 'Dan Reed ← Coach Dan Reed']);
  });

  it('a party and state between commas: “Mitch McConnell, R-Ky., said”', () => {
    assert.deepEqual(who('"Let me make it perfectly clear," Majority Leader Mitch McConnell, R-Ky., said.'), ['Mitch McConnell ← Majority Leader Mitch McConnell']);
  });

  it('a name between commas after its role: “Sanders’s campaign manager, Jeff Weaver, said”', () => {
    const text = '"California stuck out," Sanders\'s campaign manager, Jeff Weaver, said in an interview.';
    const a = analyse(text);
    assert.deepEqual(who(text), ['Jeff Weaver ← Jeff Weaver']);
    assert.equal(a.speakers[0]!.role, "Sanders's campaign manager");
  });

  it('a hyphenated participle belongs to the speaker phrase: “one well-connected Democrat”', () => {
    assert.equal(analyse('"It is time," said one well-connected Democrat, who requested anonymity.').quotes[0]!.attribution.mention?.text, 'one well-connected Democrat');
  });

  it('“it stated” attributes the quote to “it”', () => {
    assert.equal(analyse('The memo was long. "So far, 59 witnesses had never been interviewed," it stated.').quotes[0]!.attribution.mention?.text, 'it');
  });

  it('X, who said, “…”: the relative clause’s antecedent speaks', () => {
    assert.deepEqual(who('Cruz was endorsed by Mike Lee, who declared in the spin room, “It’s time to unite.”'), ['Mike Lee ← who']);
    assert.deepEqual(who('An official who asked not to be named said the plan was “dead.”'), ['An official who asked not to be named ← An official']);
  });

  it('an opening adverb and its comma are not the subject: “First, Trump identified …”', () => {
    assert.deepEqual(who('Donald Trump spoke. First, Trump identified the judge as “Spanish.” Earlier, he called the case “a disgrace.”'), ['Donald Trump ← Trump', 'Donald Trump ← he']);
  });

  it('the subject nearest the quote speaks: a pronoun after an opening clause', () => {
    assert.deepEqual(who('Tim Kaine spoke. Though Kaine backs the law, in 2009, as governor, he signed a bill on “Choose Life” plates.'), ['Tim Kaine ← he']);
  });

  it('an attribution that closes a long sentence: “…, the editorial board writes.”', () => {
    const text = 'Haley, who gave the response to the final State of the Union address on Tuesday after a long and difficult week, is an “articulate conservative” who has won two elections in the state, the editorial board writes.';
    assert.equal(analyse(text).quotes[0]!.attribution.mention?.text, 'the editorial board');
    assert.equal(analyse('Abortion is “central” to the party’s platform for the first time, reported the Washington Examiner.').quotes[0]!.attribution.mention?.text, 'the Washington Examiner');
  });

  it('a person “of” an organisation, and a parenthesis before an appositive', () => {
    assert.deepEqual(who('"It would be a stretch," Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote in December.'), ['Jeffrey Lewis ← Jeffrey Lewis of the James Martin Center for Nonproliferation Studies']);
    assert.deepEqual(who('"They would just go get them," Rep. Jim Jordan (R-Ohio), an oversight panel member, said in a phone interview.'), ['Jim Jordan ← Rep. Jim Jordan']);
  });

  it('a pull quote credited on its own line inside the marks', () => {
    const text = 'The plan is odd.\n\n"I worry that we may see a resurgence of balanced budgets.\n\nDean Baker, Center for Economic and Policy Research."\n\nBut the plan passed.';
    const a = analyse(text);
    assert.equal(a.quotes.length, 1);
    assert.equal(a.quotes[0]!.segments.length, 1);
    assert.equal(text.slice(a.quotes[0]!.inner.start, a.quotes[0]!.inner.end), 'I worry that we may see a resurgence of balanced budgets.');
    assert.deepEqual(who(text), ['Dean Baker ← Dean Baker']);
    assert.equal(a.quotes[0]!.attribution.why, 'quote credited on the line below it');
  });

  it('a colon after the verb’s object: the clause’s subject speaks', () => {
    assert.deepEqual(who('Tim Kaine spoke. Kaine has adopted the stance common among Catholics in public office: “I’m pro-life in my personal life.”'), ['Tim Kaine ← Kaine']);
    assert.deepEqual(who('Pollster Daron Shaw: “It is a dead heat.”'), ['Daron Shaw ← Pollster Daron Shaw']);
  });

  it('a clause with its own verb between commas is not an appositive', () => {
    const text = 'After Trump called for barring Muslims from the United States, Hillary Clinton’s right-hand woman rallied supporters, saying: “We have to be ready to stop him.”';
    assert.equal(analyse(text).quotes[0]!.attribution.mention?.text, 'Hillary Clinton’s right-hand woman');
    assert.deepEqual(who('"We are ready," John Smith, a retired general, said.'), ['John Smith ← John Smith']);
  });

  it('a short next sentence that is only the attribution, even after an attributed quote', () => {
    assert.deepEqual(who('"I will look at many people," Hillary Clinton said. "Grizzly Adams?" Rachel Maddow repeated.'), ['Hillary Clinton ← Hillary Clinton', 'Rachel Maddow ← Rachel Maddow']);
  });

  it('a phrase after “said” and right before a quote is the reported clause’s subject, not the speaker', () => {
    assert.deepEqual(who('The former secretary of state said the U.S. “clearly” needed a stronger air campaign.'), ['The former secretary of state ← The former secretary of state']);
  });

  it('a possessive before a verb form is not its subject: “Rubio’s proposed credit”', () => {
    assert.deepEqual(who('Rand Paul then interjected, calling Rubio’s proposed child care credit “a welfare transfer payment.”'), ['Rand Paul ← Rand Paul']);
  });

  it('an unknown verb with an adverb or particle before a colon, and a pronoun there', () => {
    assert.deepEqual(who('Marco Rubio spoke. Rubio fired back forcefully: “If they sue us, they’re going to lose.”'), ['Marco Rubio ← Rubio']);
    assert.deepEqual(who('Ted Cruz spoke. Asked which county was his favourite, he demurred: “Whichever one I’m in.”'), ['Ted Cruz ← he']);
  });

  it('a contracted pronoun is still the pronoun: “she’s said”', () => {
    assert.deepEqual(who('Ann Lee spoke. She’s said that the plan is “dead.”'), ['Ann Lee ← She’s']);
  });

  it('a name someone gave: the agent after “by”, or the subject who dubbed it', () => {
    const labeled = analyse('The emails were recently labeled "top secret" by the State Department.');
    assert.equal(labeled.quotes[0]!.kind, 'term');
    assert.equal(labeled.quotes[0]!.attribution.mention?.text, 'the State Department');
    assert.deepEqual(who('Hillary Clinton sent a copy of her email to Obama (who she dubbed “Mr. P”) to John Podesta.'), ['Hillary Clinton ← she']);
    assert.deepEqual(who('The so-called “Gang of Eight” met on Monday.'), ['- ← -']);
  });

  it('a pronoun means the subject of its own sentence before a nearer name inside it', () => {
    const text = 'Hillary Clinton spoke. Alicia Machado spoke. Clinton says she admired Machado’s courage through what she calls a “war of some pretty unpleasant words.”';
    assert.deepEqual(who(text), ['Hillary Clinton ← she']);
  });

  it('a name right before the cue is not swallowed by an earlier relative clause', () => {
    const text = 'The debate grew so heated over who supported which Senate bill that New Jersey Gov. Chris Christie said, "I need a converter."';
    assert.deepEqual(who(text), ['Chris Christie ← New Jersey Gov. Chris Christie']);
  });

  it('a dash and a name on the line below credit the quote above', () => {
    const text = 'We review assertions.\n\n"Americans are worried about the future of their kids."\n\n- Bernie Sanders.\n\nThe senator is relying on an outdated statistic.';
    assert.deepEqual(who(text), ['Bernie Sanders ← Bernie Sanders']);
  });

  it('the next sentence attributes a quote that opens its paragraph when its subject and appositive lead to the cue', () => {
    const text = 'The rivals traded jabs on Friday.\n\n“Not us but can’t argue with it!” Mike Murphy, the head of Right to Rise USA, tweeted on Friday with an image of the skywriting.';
    assert.deepEqual(who(text), ['Mike Murphy ← Mike Murphy']);
  });

  it('a first name that is also a function word: “Will Doyle”', () => {
    assert.deepEqual(who('"It is a model," said Will Doyle, a professor. "It costs," Will Doyle said.'), ['Will Doyle ← Will Doyle', 'Will Doyle ← Will Doyle']);
  });

  it('two roles of one speaker joined by “and”', () => {
    const text = '"North Korea is run by a lunatic," the Florida senator and Republican presidential candidate said in a statement.';
    assert.equal(analyse(text).quotes[0]!.attribution.mention?.text, 'the Florida senator and Republican presidential candidate');
  });

  it('“the daily wrote”: a noun in -ly after an article is not an adverb', () => {
    assert.equal(analyse('The Post backed Clinton. “She has executive experience,” the daily wrote.').quotes[0]!.attribution.mention?.text, 'the daily');
  });

  it('“went on” is a reporting verb', () => {
    assert.deepEqual(who('Megyn Kelly smiled. “You know, it happens, right?” Trump went on, as if he didn’t hear her.'), ['Trump ← Trump']);
  });

  it('a participle right after a quote is not “said X”', () => {
    assert.deepEqual(who('Bob Smith spoke. He said that is a "distortion," describing the security team as highly accomplished.'), ['Bob Smith ← He']);
  });

  it('a participle after the quote does not make the noun before it the speaker', () => {
    const text = 'Hillary Clinton spoke in Ohio. Hillary Clinton is describing as “unhinged” a Donald Trump tweet attacking a former Miss Universe.';
    assert.deepEqual(who(text), ['Hillary Clinton ← Hillary Clinton']);
  });

  it('a short setting between the speaker and the verb: “Trump in his announcement speech called …”', () => {
    assert.deepEqual(who('Donald Trump spoke. The rejection was complete when Trump in his announcement speech called immigrants “rapists” and promised a wall.'), ['Donald Trump ← Trump']);
  });

  it('an appositive holding a list, and a weak verb form inside it (“secretary of state”)', () => {
    const text = 'The new plans "will not solve this challenge," Anne Richards, assistant secretary of state for population, refugees, and migration, said on the same call.';
    assert.deepEqual(who(text), ['Anne Richards ← Anne Richards']);
  });

  it('a later clause opened by its link word has its own subject: “…, in which she called for …”', () => {
    assert.deepEqual(who('Hillary Clinton has offered few specifics beyond an op-ed in May, in which she called for getting the federal biofuels program "back on track."'), ['Hillary Clinton ← she']);
  });

  it('a dash before a phrase that is not a name is not a credit', () => {
    const text = 'Newt Gingrich spoke. In July, Gingrich dismissed Estonia as being in the “suburbs of St. Petersburg” — a metaphor for the party’s drift.';
    assert.deepEqual(who(text), ['Newt Gingrich ← Gingrich']);
  });

  it('a name given “as a …” or “called the …” by someone', () => {
    assert.deepEqual(who('The inquiry is often labeled as a “witch hunt” by Democrats.'), ['Democrats ← Democrats']);
    assert.deepEqual(who('The town is called the “Crossroads of America” by the citizens.'), ['the citizens ← the citizens']);
  });

  it('a further quote after a woven one shares its speaker', () => {
    assert.deepEqual(who('Governor Ann Lee spoke in Dover. Lee dismissed the audit as “absurd.” “We will fight it in court.”'), ['Ann Lee ← Lee', 'Ann Lee ← Lee']);
  });

  it('a role followed by “of”: “the former secretary of state mocked …”', () => {
    assert.deepEqual(who('The former secretary of state mocked the senator for calling himself the “king of debt and proud of it.”'), ['The former secretary of state ← The former secretary of state']);
  });

  it('a later clause with its own pronoun subject chose the words', () => {
    // the cue of the first clause is not the quote's: "because he thought it “…”"
    assert.deepEqual(who('Tom Hart spoke. In 2010, he warned the bank against buying bonds, because he thought it "risks higher inflation."'), ['Tom Hart ← he']);
    assert.deepEqual(who('Tom Perez spoke. Perez is winning nods and applause as he keeps talking about the "collective power of we."'), ['Tom Perez ← he']);
  });

  it('a relative clause: “X, who declared …, “…”” and “X, who in 2010 said …”', () => {
    const text = 'Cruz won an endorsement from Mike Lee, who declared in the spin room, “I am sending a signal.”';
    assert.deepEqual(who(text), ['Mike Lee ← who']);
    assert.deepEqual(who('Obama has a frosty relationship with Mitch McConnell, now the majority leader, who in 2010 said his goal was to make Obama a "one-term president."'), ['Mitch McConnell ← who']);
    assert.deepEqual(who('Donald Trump spoke. Trump, who has postured himself as the “law and order candidate,” took a hard line.'), ['Donald Trump ← who']);
    // a restrictive relative clause or an object relative does not speak
    assert.deepEqual(who('In an interview, Ted Cruz said any candidate who wants to win Iowa "owes it to the voters" to debate.'), ['Ted Cruz ← Ted Cruz']);
    assert.deepEqual(who('Glenn Beck attacked Steve Bannon, who Beck on Wednesday called “a horrible human being.”'), ['Glenn Beck ← Beck']);
  });

  it('a place is not a person for a pronoun: “Kent County”', () => {
    assert.deepEqual(who('Jane Doe lives in Kent County. She said, “We are ready.”'), ['Jane Doe ← She']);
  });

  it('a phrase a person uses (“the phrase”, “the words”) is theirs', () => {
    const text = 'Hillary Clinton promised on Tuesday to refrain from using the phrase “illegal immigrant” during her campaign.';
    assert.deepEqual(who(text), ['Hillary Clinton ← Hillary Clinton']);
    assert.equal(analyse(text).quotes[0]!.kind, 'term');
    // a named title without a person as subject stays nobody's
    assert.deepEqual(who('The campaign keeps using the slogan “Forward Together” in ads.'), ['- ← -']);
  });

  it('a lone name, a phrase set off by commas, then the verb: “Cruz, with delight, chided …”', () => {
    assert.deepEqual(who('Ted Cruz spoke. Cruz, with unconcealed delight, chided Trump over the "natural born" standard.'), ['Ted Cruz ← Cruz']);
    // an opening adverb is not a speaker
    assert.deepEqual(who('Ted Cruz spoke. Earlier, in Iowa, chided by reporters, the campaign called it "fake."'), ['campaign ← the campaign']);
  });

  it('one of a group speaks: “…,” one said; “…,” said another', () => {
    const text = '"I abstain," McClendon said. "I am voting for him," one said. "I feel good about Pence," said another.';
    assert.deepEqual(who(text), ['McClendon ← McClendon', 'one ← one', 'another ← another']);
    const a = analyse(text);
    assert.notEqual(speakerOf(a, a.quotes[1]!)?.id, speakerOf(a, a.quotes[2]!)?.id);
  });

  it('reacted, exhorted, chimed in', () => {
    assert.deepEqual(who('“Is Obama profiling?” reacted Donald Trump.'), ['Donald Trump ← Donald Trump']);
    assert.deepEqual(who('Brittany Lockwood, a student, chimed in: “I did not think so.”'), ['Brittany Lockwood ← Brittany Lockwood']);
  });

  it('the owner of a claim or a call speaks the words after it', () => {
    assert.deepEqual(who('Politifact seized on Donald Trump’s claim that there have been “thousands of shootings” in Chicago.'), ['Donald Trump ← Trump’s']);
    assert.deepEqual(who("While Bernie Sanders's clarion call for a \"revolution\" draws thousands, Clinton plods on."), ['Bernie Sanders ← Sanders\'s']);
    // a noun that does not introduce the words ("remarks on Saturday") leaves them to the verb's subject
    assert.deepEqual(who('Minyon Moore, a senior adviser, called Barack Obama\'s remarks on Saturday "a true wake-up call" to his supporters.'), ['Minyon Moore ← Minyon Moore']);
  });

  it('a subject pronoun right before the verb is the whole speaker phrase', () => {
    assert.deepEqual(who('The move, Carr explained, took three years — an investment he concludes has constituted a “head-start on everyone.”'), ['Carr ← he']);
  });

  it('a place closing a clause is not the subject of a participle after it', () => {
    assert.deepEqual(who('Hillary Clinton spoke about the death of a man in Tulsa, Oklahoma, arguing that such killings are “intolerable.”'), ['Hillary Clinton ← Hillary Clinton']);
  });

  it('a quote after a possessive apostrophe is woven: Sanders\' “diagnoses”', () => {
    assert.deepEqual(who('Hillary Clinton spoke. Clinton has intimated that Sanders\' "diagnoses" of economic ills are the problem.'), ['Hillary Clinton ← Clinton']);
  });

  it('the subject of a passive verb did not choose the words', () => {
    assert.deepEqual(who('Reham Mosad taught at the school. Mosad, who was a teaching assistant, was being treated for a “malignant disease” in France.'), ['- ← -']);
    assert.deepEqual(who('By July 2013, the show was officially named "The Pete Santilli Show."'), ['- ← -']);
    // active verbs keep their subject
    assert.deepEqual(who('Reham Mosad taught at the school. Mosad called the ruling “a malignant disease” in France.'), ['Reham Mosad ← Mosad']);
  });

  it('“it read”: the letter, the sign or the memo named just before', () => {
    const text = 'The senators sent a letter on Thursday to Senate leaders. "The program has become plagued by abuse," it read.';
    assert.deepEqual(who(text), ['a letter ← it']);
    assert.deepEqual(who('Dawson lifted a sign of her own.\n\n“I am still Sanders,” it read.'), ['a sign ← it']);
  });

  it("a quote inside a ''…'' passage is the passage speaker's words", () => {
    assert.deepEqual(who("Experts agree. ''When Twitter says, 'We can't do this,' I don't believe that,'' said Hany Farid, a professor."), ['Hany Farid ← Hany Farid']);
    // three apostrophes: the single quote closes, then the passage
    assert.deepEqual(who("He spoke. ''We are told all the time, 'Kosovo is a special case,''' Mr. Putin said."), ['Putin ← Mr. Putin']);
  });

  it('“point out” is a reporting verb; “at one point” is not', () => {
    assert.deepEqual(who('Ted Cruz mocked him, saying at one point, "The answer is not simply to yell."'), ['Ted Cruz ← Ted Cruz']);
    assert.deepEqual(who('Isaac Saul tweeted back at Trump, pointing out: "Your proposal is unrealistic."'), ['Isaac Saul ← Isaac Saul']);
  });

  it('an age before an appositive, and a long title before the name, still make the speaker phrase', () => {
    assert.deepEqual(who('"It is kind of funny." Her friend Brittany Lockwood, 20, a political science major from Memphis, chimed in. "I did not think so."'), ['Brittany Lockwood ← Her friend Brittany Lockwood', 'Brittany Lockwood ← Her friend Brittany Lockwood']);
    assert.deepEqual(who('“They have to decide whether to feed themselves,” Fight for $15 organizing director Kendall Fells told Fox News 6 in Milwaukee.'), ['Kendall Fells ← director Kendall Fells']);
    // a clause of the writer's between the quote and the cue is not a title
    assert.deepEqual(who('Donald Trump spoke. First, Trump identified the judge as “Spanish,” which is what some erroneously call people who speak Spanish.'), ['Donald Trump ← Trump']);
  });

  it('a participle after the object of a preposition shares the clause subject; “footage of Trump saying” does not', () => {
    assert.deepEqual(who('Hillary Clinton spoke. Clinton responded to the question on Facebook writing, “Yes, I will. That was a poor choice of words.”'), ['Hillary Clinton ← Clinton']);
    assert.deepEqual(who('The spot concludes with footage of Donald Trump saying during the debate, “That makes me smart.”'), ['Donald Trump ← Donald Trump']);
  });

  it('a subject pronoun with an irregular verb, and a place joined to the next verb by “and”', () => {
    assert.deepEqual(who('Donald Trump spoke. A month later, he paid a visit to the border in Laredo, Texas and explained why “the Hispanics” were going to “love” him.'), ['Donald Trump ← he', 'Donald Trump ← he']);
  });

  it('a state abbreviation does not end the sentence, nor is a dateline the subject', () => {
    assert.deepEqual(who('Bernie Sanders spoke in Carson, Calif., highlighting the mistrust of his fans, and called the system "rigged."'), ['Bernie Sanders ← Bernie Sanders']);
    assert.deepEqual(who('PORTLAND, Ore. - Peter Santilli called the case "a farce."'), ['Peter Santilli ← Peter Santilli']);
  });

  it('the comma closing a quote also closes its clause', () => {
    assert.deepEqual(who('And, in a clip that Judge Michael Mosman called "distasteful," Peter Santilli expressed a desire to "try, convict and shoot Hillary."'), ['Michael Mosman ← Judge Michael Mosman', 'Peter Santilli ← Peter Santilli']);
  });

  it('the object of a verb or preposition before a colon does not speak', () => {
    const text = 'Tom Perez called Trump a "train wreck" and contrasted the Republican with Clinton: "What I have seen working with her is remarkable."';
    assert.notEqual(who(text)[1], 'Hillary Clinton ← Clinton');
    assert.equal(analyse(text).quotes[1]!.attribution.mention?.text === 'Clinton', false);
    // a speaker phrase before the colon still speaks
    assert.deepEqual(who('Pollster Daron Shaw: "The race is tied."'), ['Daron Shaw ← Pollster Daron Shaw']);
  });

  it('a later clause ending in a colon has its own speaker; a participle after “and” shares the subject', () => {
    assert.deepEqual(who('When Donald Trump suggested that Cuba would sue, Marco Rubio fired back forcefully: “If they sue us in Miami, they will lose.”'), ['Marco Rubio ← Marco Rubio']);
    assert.deepEqual(who('Ted Cruz praised Trump, stating there was a benefit to having the New Yorker in the race and chiding the media for "the little game" of pitting Republicans against one another.'), ['Ted Cruz ← Ted Cruz']);
  });

  it('a participle opening a sentence is not a name a pronoun can take', () => {
    assert.deepEqual(who('Donald Trump spoke on Tuesday. Marking the end of the primaries, he vowed to carry the "mantle" of leadership.'), ['Donald Trump ← he']);
  });

  it('“Cruz spokesman Rick Tyler said …, he said”: the spokesman is the subject', () => {
    const text = '"I am not defensive," Ted Cruz said. Cruz spokesman Rick Tyler said that voters know Cruz has "guiding principles to make critical decisions," he said.';
    assert.deepEqual(who(text), ['Ted Cruz ← Ted Cruz', 'Rick Tyler ← he']);
  });

  it('a new clause after a woven quote reports the next words; “said yes” answers', () => {
    assert.deepEqual(who('Ted Cruz accuses Obama of "leading from behind" and Donald Trump says he is "losing the war on terrorism."'), ['Ted Cruz ← Ted Cruz', 'Donald Trump ← Donald Trump']);
    assert.deepEqual(who('Asked whether Clinton “has the integrity to serve effectively as president,” 75 percent of Democrats said yes.'), ['- ← -']);
  });

  it('“and I quote” is the writer; “It continued:” after an affidavit is the affidavit', () => {
    assert.deepEqual(who('Donald Trump said, and I quote, "We love the poorly educated."'), ['Donald Trump ← Donald Trump']);
    assert.deepEqual(who('"He grabbed her arm," Bujnowski wrote in the affidavit. It continued: "Probable cause exists to charge him."'), ['Bujnowski ← Bujnowski', 'affidavit ← It']);
  });

  it('the subject of the naming verb gave the name; not a passive one, nor the thing named', () => {
    assert.deepEqual(who('The battle over what former employees have called a “fraudulent scheme” took an uglier turn.'), ['former employees ← former employees']);
    assert.deepEqual(who('Hillary Clinton sent her email to Obama (who she dubbed “Mr. P”) to John Podesta.'), ['Hillary Clinton ← she']);
    assert.deepEqual(who('By July 2013, the show was officially named "The Pete Santilli Show."'), ['- ← -']);
    assert.notEqual(analyse('Trump retweeted a quote a Twitter account named “ilduce2016” attributed to him.').quotes[0]!.attribution.mention?.text, 'a Twitter account');
  });

  it('“according to its Amazon summary”, “most said”, “offering” an apology', () => {
    assert.deepEqual(who('The book, according to its Amazon summary, “draws a deeply troubling portrait of the candidate.”'), ['Amazon ← its Amazon']);
    assert.deepEqual(who('Nine of 10 Republicans were worried about the economy; most said they were "very worried."'), ['most ← most']);
    assert.deepEqual(who('The Democratic National Committee released a statement on Monday, offering “a deep and sincere apology” to Sanders.'), ['Democratic National Committee ← The Democratic National Committee']);
  });

  it('“a film called “…””: a thing and its name, not a speaker and words', () => {
    const text = 'Three months before the primary, his campaign shelled out to broadcast a short film called "Tenemos Familias" on Univision.';
    assert.notEqual(analyse(text).quotes[0]!.attribution.mention?.text, 'a short film');
  });

  it('a clause ending in a colon with no phrase before the colon: its subject speaks', () => {
    assert.deepEqual(who('Deborah Reynolds spoke. And she is sure that keeping Santilli in jail will only make his voice louder: "They are creating a monster."'), ['Deborah Reynolds ← she']);
  });

  it('a date after a dateline is not the subject', () => {
    assert.deepEqual(who('WASHINGTON, Dec. 8 (UPI) — In response to the proposal, Hillary Clinton’s right-hand woman rallied supporters, saying: “We have to be ready to stop him.”'), ['Hillary Clinton’s right-hand woman ← Hillary Clinton’s right-hand woman']);
  });

  it('digest credits: “Headline - Name: “…””', () => {
    assert.deepEqual(who('There was a lot shifting on the ground. Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one.”'), ['Carl Bialik ← Carl Bialik']);
    assert.deepEqual(who('Media shares blame in Iowa poll overhype - HuffPollster: “Pollsters are taking a lot of heat.”'), ['HuffPollster ← HuffPollster']);
  });

  it('groups that speak (“many commentators called him …”) and “the email began”', () => {
    assert.deepEqual(who('John Kasich spoke. Kasich is coming off a strong debate, when many commentators called him “the grownup on the stage” amidst the food fight.'), ['many commentators ← many commentators']);
    assert.deepEqual(who('John Podesta wrote it. The email began, “President-elect Barack Obama was warmly received today.”'), ['email ← The email']);
  });

  it("a ''…'' passage with no attribution of its own continues the one before it", () => {
    assert.deepEqual(who("''It was a great speech,'' said Jon Favreau, the former speechwriter. ''People have never elected a president who talks about America like it's a 'Mad Max' movie.''"), ['Jon Favreau ← Jon Favreau']);
  });

  it('an elaboration after a comma belongs to the clause subject; an appositive name does not', () => {
    assert.deepEqual(who('Hillary Clinton spoke. Clinton compared the president to a duck, “smoothly sailing on the surface while paddling furiously underneath.”'), ['Hillary Clinton ← Clinton']);
    assert.notDeepEqual(who('Calling Mr. Burr\'s Democratic challenger, Deborah Ross, "exactly the kind of partner I need," she urged voters on.'), ['Deborah Ross ← Deborah Ross']);
  });

  it('a party adjective and a title before the name: “Republican presidential nominee Donald Trump issued …:”', () => {
    assert.deepEqual(who('In response to the loss of life, Republican presidential nominee Donald Trump issued the following statement: “Our prayers are with all those affected.”'), ['Donald Trump ← Republican presidential nominee Donald Trump']);
    // no name after the adjective: the phrase stays as it was
    assert.deepEqual(who('“We have work to do,” said one well-connected Democrat familiar with the Clinton campaign.'), ['one well-connected Democrat ← one well-connected Democrat']);
  });

  it('a closing quote mark glued to the next sentence ends the sentence; “Former” is not a name', () => {
    const text = 'Trump posted a photo. “I love Hispanics!”Former Republican presidential candidate Jeb Bush broke down what was wrong with it to the newspaper NRC Handelsblad: “What Trump did was so insensitive.”';
    assert.deepEqual(who(text)[1], 'Jeb Bush ← Former Republican presidential candidate Jeb Bush');
  });
});
