import * as assert from 'node:assert/strict';
import { analyse, quoteWith, speakerOf } from '../helpers/analyse';

describe('speakers', () => {
  it('keeps titles and roles as the copy gives them', () => {
    const text = 'President Xi Jinping met China’s top foreign policy official Wang Yi.\n\n“We agree,” Xi said. “Progress,” Wang said.';
    const a = analyse(text);
    assert.deepEqual(a.speakers.map((s) => [s.name, s.role, s.kind]), [
      ['Xi Jinping', 'President', 'person'],
      ['Wang Yi', 'China’s top foreign policy official', 'person'],
    ]);
  });

  it('makes organisations and unnamed sources their own classes', () => {
    const text = '“Talks will resume,” the US State Department said.\n\n“Nothing is settled,” a senior official who asked not to be named said.\n\n“Calm prevails,” state media said.';
    const a = analyse(text);
    assert.deepEqual(a.quotes.map((q) => [speakerOf(a, q)?.name, speakerOf(a, q)?.kind]), [
      ['US State Department', 'organisation'],
      ['a senior official who asked not to be named', 'anonymous'],
      ['state media', 'organisation'],
    ]);
    assert.deepEqual(a.findings.filter((f) => f.code === 'anonymous-source').map((f) => text.slice(f.start, f.end)), ['a senior official']);
  });

  it('does not glue sentence-opening words to a name: “Rival Hillary Clinton”, “Neither Clinton”, “Injecting Clinton”', () => {
    const text = [
      'Hillary Clinton spoke in Florida on Friday.',
      'Rival Hillary Clinton had mocked the complaint. Neither Clinton nor her allies have been charged. Injecting Clinton into the race was a mistake.',
      '“We are ready,” Clinton said.',
      'Clinton says she appreciated Alicia Machado’s courage through what she calls a “war of some pretty unpleasant words.”',
    ].join('\n\n');
    const a = analyse(text);
    assert.deepEqual(a.speakers.map((s) => s.name), ['Hillary Clinton']);
    assert.deepEqual(a.quotes.map((q) => speakerOf(a, q)?.name), ['Hillary Clinton', 'Hillary Clinton']);
  });

  it('a common word opening a sentence is a group, not a person, and no pronoun means it', () => {
    const text = 'There was a lot shifting on the ground. Pollsters agree that the race moved. Several pollsters said so, and talked politics.\n\nPolitics is a rough trade. “We saw it coming,” he said.';
    const a = analyse(text);
    assert.deepEqual(a.speakers.filter((s) => s.kind === 'person').map((s) => s.name), []);
    assert.equal(a.speakers.find((s) => s.name === 'Pollsters')?.kind, 'anonymous');
  });

  it('joins a role noun to the speaker whose title names it', () => {
    const text = 'US Secretary of State Antony Blinken arrived on Sunday.\n\n“We talked for hours,” the secretary said.';
    const a = analyse(text);
    assert.equal(speakerOf(a, a.quotes[0]!)?.name, 'Antony Blinken');
    assert.equal(a.quotes[0]!.attribution.mention?.text, 'the secretary');
  });

  it('collects every mention of a speaker', () => {
    const text = 'Jane Doe spoke first. “Yes,” Doe said. “No,” she said.';
    const a = analyse(text);
    assert.deepEqual(a.speakers[0]!.mentions.map((m) => [m.text, m.kind]), [
      ['Jane Doe', 'name'],
      ['Doe', 'surname'],
      ['she', 'pronoun'],
    ]);
  });
});

describe('claims', () => {
  it('no claim from a noun that looks like a verb, nor from an opening setting', () => {
    const reported = (text: string): string[] => analyse(text).claims.filter((c) => c.kind === 'reported').map((c) => c.content.text);
    assert.deepEqual(reported('The Western states Sanders is counting on winning will not cut into her lead.'), []);
    assert.deepEqual(reported('The party began a significant shift to the left.'), []);
    assert.deepEqual(reported('In an interview with TMZ Sports, Herschel Walker said.'), []);
    // a time after the verb is not what was said; the name after a quote's verb is its speaker
    assert.deepEqual(reported('Donald Trump said Tuesday the wall will be built.'), ['the wall will be built']);
    assert.deepEqual(reported('“We will win,” said Senator Dianne Feinstein, Democrat of California.'), []);
    // a relative clause: the antecedent claims it
    const who = analyse('Charles Barkley, who said he typically votes Democratic, spoke on Monday.').claims.filter((c) => c.kind === 'reported');
    assert.deepEqual(who.map((c) => [c.content.text, c.attribution?.mention?.text]), [['he typically votes Democratic', 'who']]);
    // a ''…'' passage closed by doubled apostrophes, then its attribution
    assert.deepEqual(reported("Ann Lee spoke. ''Some courses are adapting, others are just not,'' Ann Lee said."), ['Some courses are adapting, others are just not']);
    // "…, X told reporters." reports what came before; "told a press conference as" does not
    assert.deepEqual(reported('At that time the whole world applauded China, Lou Jiwei told reporters.'), ['At that time the whole world applauded China']);
    assert.deepEqual(reported('Lou Jiwei told a press conference as the markets fell.'), []);
    // unnamed groups report too, and the claim rests on an anonymous source
    const experts = analyse('Aviation experts say it is currently worth about $18 million.');
    assert.deepEqual(reported('Aviation experts say it is currently worth about $18 million.'), ['it is currently worth about $18 million']);
    assert.ok(experts.findings.some((f) => f.code === 'anonymous-source'));
    assert.deepEqual(reported('White House spokesman Josh Earnest said Monday that the president has long called for tax fairness.'), ['the president has long called for tax fairness']);
    assert.deepEqual(reported('For the first time, a poll shows upstart Sen. Bernie Sanders leading the race.'), ['upstart Sen. Bernie Sanders leading the race']);
    assert.deepEqual(reported('Public polling shows that Democrats are well positioned.'), ['Democrats are well positioned']);
    // a headline or transcript line names who says it before a colon
    assert.deepEqual(reported('Lynch: No outside influence on FBI probe into Clinton emails.'), ['No outside influence on FBI probe into Clinton emails']);
    assert.deepEqual(reported('Clinton to Planned Parenthood: Trump will reverse Roe v. Wade.'), ['Trump will reverse Roe v. Wade']);
    // with "that" the same verb reports
    assert.deepEqual(reported('The report states that the bridge is unsafe.'), ['the bridge is unsafe']);
  });
  it('“…, BFMTV reported”, “…, according to his Facebook profile”, “But as Clyburn noted, …”', () => {
    const contents = (text: string): [string, string | undefined][] =>
      analyse(text).claims.filter((c) => c.kind === 'reported').map((c) => [c.content.text, c.attribution?.mention?.text]);
    assert.deepEqual(contents('They were headed to Egypt on their long-awaited vacation, BFMTV reported.'), [['They were headed to Egypt on their long-awaited vacation', 'BFMTV']]);
    assert.deepEqual(contents('The pilot had been with EgyptAir since 2004, according to his Facebook profile.'), [['The pilot had been with EgyptAir since 2004', 'his Facebook profile']]);
    assert.deepEqual(contents('But as James Clyburn noted, those voters will give Sanders a second look.'), [['those voters will give Sanders a second look', 'James Clyburn']]);
  });

  it('finds attributed indirect speech with its source and content', () => {
    const text = 'The mayor, Ann Lee, met residents. Lee said that the bridge would reopen in May.';
    const a = analyse(text);
    const c = a.claims.find((x) => x.kind === 'reported')!;
    assert.equal(c.content.text, 'the bridge would reopen in May');
    assert.equal(a.speakers.find((s) => s.id === c.attribution?.speakerId)?.name, 'Ann Lee');
  });

  it('finds “according to X, …” and “…, X said”', () => {
    const text = 'According to the ministry, exports fell sharply. Prices will rise, the central bank said.';
    const a = analyse(text);
    assert.deepEqual(a.claims.filter((c) => c.kind === 'reported').map((c) => c.content.text), ['exports fell sharply', 'Prices will rise']);
  });

  it('reads every reporting verb of a sentence, with the subject of an elided or participle clause', () => {
    const text = 'Ann Merrill says Maria Machado promised to keep campaigning and said she would stand up to the attacks.';
    const a = analyse(text);
    const reported = a.claims.filter((c) => c.kind === 'reported');
    assert.deepEqual(reported.map((c) => [c.attribution?.mention?.text, c.content.text]), [
      ['Ann Merrill', 'Maria Machado promised to keep campaigning and said she would stand up to the attacks'],
      ['Ann Merrill', 'she would stand up to the attacks'],
    ]);
    const saying = analyse('The Washington Post endorsed Hillary Clinton on Thursday, saying it was swayed by her competence.').claims[0]!;
    assert.deepEqual([saying.attribution?.mention?.text, saying.content.text], ['The Washington Post', 'it was swayed by her competence']);
  });

  it('skips a listener, a setting or a participle phrase between the source and “that”', () => {
    const claimOf = (text: string): [string | undefined, string] => {
      const c = analyse(text).claims.find((x) => x.kind === 'reported')!;
      return [c.attribution?.mention?.text, c.content.text];
    };
    assert.deepEqual(claimOf('A producer for Yahoo Studios told The New York Times Tuesday morning that Trump canceled an interview.'), ['A producer for Yahoo Studios', 'Trump canceled an interview']);
    assert.deepEqual(claimOf('Jeff Weaver said on Saturday that the campaign had suspended two staffers.'), ['Jeff Weaver', 'the campaign had suspended two staffers']);
    assert.deepEqual(claimOf('He said that, if elected, he would leave such decisions to the generals.'), ['He', 'if elected, he would leave such decisions to the generals']);
    assert.deepEqual(claimOf('Trump, speaking to a veterans group in Virginia, said he would order a review of the defenses.'), ['Trump', 'he would order a review of the defenses']);
    assert.deepEqual(claimOf('As the International Business Times noted, Clinton raised more than $1.1 million from the industry.'), ['the International Business Times', 'Clinton raised more than $1.1 million from the industry']);
    assert.deepEqual(claimOf('The New York Times reported the email came hours after the speech.'), ['The New York Times', 'the email came hours after the speech']);
  });

  it('marks check-worthy and hedged statements', () => {
    const text = 'The first visit by a US secretary of state since 2018 lasted two days.\n\nThe meeting was seen as a sign of a thaw.';
    const a = analyse(text);
    assert.deepEqual(a.claims.map((c) => [c.kind, c.reasons]), [
      ['checkworthy', ['figure', 'first since']],
      ['hedged', ['hedge: seen as']],
    ]);
    assert.deepEqual(a.findings.map((f) => f.code), ['secondhand-attribution']);
  });
});

describe('findings', () => {
  it('uses stable codes, severities and readable messages', () => {
    const text = 'Doe wins vote\n\nDoe was elected on Monday. “We did it,” Jane Doe said.\n\n“Thank you all.”';
    const a = analyse(text);
    assert.deepEqual(a.findings.map((f) => [f.code, f.severity, text.slice(f.start, f.end)]), [
      ['surname-before-full-name', 'hint', 'Doe'],
      ['unattributed-quote', 'warning', '“Thank you all.”'],
    ]);
    assert.equal(a.findings[1]!.message, 'Quotation has no speaker: no attribution found in its sentence or paragraph. The last speaker before it is Jane Doe.');
  });

  it('names the candidates of an ambiguous pronoun', () => {
    const text = 'Tom Hart met John Cole on Friday. “We agreed,” he said.';
    const a = analyse(text);
    const f = a.findings.find((x) => x.code === 'ambiguous-attribution');
    assert.ok(f, 'an ambiguous-attribution finding');
    assert.equal(text.slice(f.start, f.end), 'he');
    assert.deepEqual(f.related.map((r) => r.message).sort(), ['John Cole', 'Tom Hart']);
  });
});

describe('the seed story', () => {
  it('is covered in quoteWith helpers too', () => {
    const text = 'Xi said before he sat down with Blinken that the two sides had “made progress.”';
    const a = analyse(text);
    assert.equal(quoteWith(a, text, 'made progress').attribution.mention?.text, 'Xi');
  });
});
