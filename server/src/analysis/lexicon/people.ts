/**
 * Words that describe people and organisations in news copy: titles, role nouns, honorifics,
 * organisation heads, anonymous-source nouns and pronouns. All lower-case.
 */
import type { Gender } from '../model';

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Words that make up a title before a name: "US Secretary of State", "Foreign Minister". */
export const TITLE_WORDS = words(`
  president vice secretary minister prime foreign defense defence state interior finance trade health
  senator sen sen. rep rep. representative congressman congresswoman gov gov. governor lieutenant lt lt.
  mayor chancellor general gen gen. colonel col col. admiral adm adm. sergeant sgt sgt. captain capt capt.
  major maj maj. commander cmdr judge justice chief director chairman chairwoman chair ceo cfo coo spokesman
  spokeswoman spokesperson ambassador envoy official officer leader speaker candidate attorney commissioner
  premier king queen prince princess pope dr dr. mr mr. mrs mrs. ms ms. miss mx professor prof prof. rev rev.
  reverend father sister bishop archbishop cardinal rabbi imam sheikh deputy assistant acting former top
  majority minority house senate democratic republican gop executive managing press national security
  adviser advisor advisers counsel prosecutor sheriff detective inspector superintendent lawmaker activist
  analyst economist strategist pollster founder co-founder owner host anchor editor correspondent reporter
  coach manager chairperson treasurer controller auditor nominee hopeful frontrunner front-runner incumbent
  first lady gen. u.s. us uk un eu nato
`);

/** Role nouns that can stand for a person on their own: "the secretary", "the president". */
export const ROLE_NOUNS = words(`
  president secretary minister senator governor mayor chancellor spokesman spokeswoman spokesperson
  candidate congressman congresswoman ambassador envoy general judge chairman chairwoman ceo director
  leader premier king queen prince princess pope doctor lawyer attorney professor prosecutor sheriff
  diplomat nominee lawmaker official officer adviser advisor commissioner justice economist analyst
  businessman businesswoman billionaire actor actress author writer activist founder host coach
  manager chief representative speaker commander woman man voter voters resident residents worker
  workers student students teacher mother father owner member members supporter supporters organizer
  veteran farmer nurse scientist researcher researchers historian scholar professor expert
  friend friends neighbour neighbor neighbours neighbors relative relatives colleague colleagues
  employee employees partner husband wife son daughter brother sister cousin boss coworker classmate
  fan fans protester protesters victim survivor survivors parent parents owner customer customers
  doctor surgeon pastor priest host guest caller viewer reader producer editor reporter correspondent
  strategist pollster consultant aide aides staffer staffers delegate delegates director operative
`);

/** Things that speak in print: "the headline reads:", "the email goes on to say:". */
export const DOCUMENT_NOUNS = words(`
  headline email statement letter report newspaper paper ad advertisement tweet post memo website site
  study poll survey book article editorial release message video ruling filing document sign banner
  platform petition lawsuit complaint indictment transcript readout op-ed column blog page account
  magazine show program programme broadcast documentary affidavit verdict notice
  summary draft excerpt caption placard polling polls surveys analysis review research data records
  results studies evidence
`);

/** Nouns that make a phrase an unnamed source: "a senior official", "sources close to". */
export const ANONYMOUS_NOUNS = words(`
  official officials source sources aide aides diplomat diplomats insider insiders person people
  spokesman spokeswoman spokesperson staffer staffers adviser advisers advisor advisors analysts experts
  observers witnesses witness residents someone critics supporters officers agent agents lawmakers
  investigators authorities police commentators pundits republicans democrats voters opponents
  detractors defenders allies rivals organizers protesters economists scholars pollsters
`);

/** Heads of organisation names: "State Department", "Foreign Ministry", "Xinhua News Agency". */
export const ORGANISATION_WORDS = words(`
  department ministry agency party committee council commission association union corp corp. corporation
  inc inc. company co. bank news times post journal network campaign administration government house
  senate congress court university institute foundation office bureau police army navy military media
  group organization organisation board fund center centre service press tribune herald gazette
  telegraph guardian observer review magazine channel radio television tv broadcaster daily weekly
  embassy mission parliament assembly cabinet federation league club church council caucus coalition
  movement alliance pac super-pac trust authority regime force forces team staff fed pentagon kremlin
`);

/** Agencies and broadcasters often named bare: "CCTV reported", "Reuters said". */
export const MEDIA_NAMES = words(`
  cctv xinhua reuters afp dpa ap bbc cnn msnbc nbc abc cbs fox npr pbs tass ria itar-tass kcna yonhap
  kyodo bloomberg politico axios breitbart buzzfeed vox nyt wsj
`);

export const FEMALE_WORDS = words('mrs mrs. ms ms. miss madam madame queen princess sister lady spokeswoman chairwoman congresswoman businesswoman actress mother grandmother wife daughter');
export const MALE_WORDS = words('mr mr. sir king prince father brother spokesman chairman congressman businessman husband son grandfather lord');

/** Common first names (many in political news), enough to give pronouns a gender check. */
const MALE_NAMES = words(`
  aaron adam alan albert alex alexander alexei ali andrew andy angus anthony antony antonio barack ben
  benjamin bernie bill bob boris brian bruce carl carlos charles charlie chris christopher chuck colin
  dan daniel david dennis dick don donald doug douglas ed edward emmanuel eric frank fred gary george
  gerald gordon greg gregory harry henry hugh ian jack jacob jake james jamie jason jeb jeff jeffrey jeremy
  jerry jim jimmy joe joel john johnny jon jonathan jose joseph josh juan justin keith ken kevin kim kurt
  larry lee leonard lindsey louis luis marco mark martin matt matthew max michael mike mitch mitt mohammed
  muhammad narendra nathan neil nicholas nick olaf paul pete peter phil philip ralph rand randy ray reince
  richard rick rob robert roger ron ronald roy rudy russell ryan sam samuel scott sean sergei sergey steve
  steven stuart ted terry thomas tim timothy todd tom tony vladimir walter wayne william willie xi yi
  joseph kevin lloyd rex wang qin jinping li mohammad ahmed hassan recep benjamin volodymyr dmitry
`);
const FEMALE_NAMES = words(`
  alice amanda amy andrea angela ann anna anne barbara betsy betty carly carol caroline catherine cheryl
  christine claire condoleezza cynthia debbie deborah diane donna dorothy elizabeth ellen emily emma
  frances gina hannah heather helen hillary huma ivanka jane janet jean jennifer jessica jill joan joni
  joy judy julia julie karen kate katherine kathleen kathy kelly kellyanne kim kirsten kristen laura
  lauren linda lisa liz lori louise lucy maria marie marine martha mary megyn melania michelle nancy
  nicola nikki olivia pamela patricia patty paula rachel rebecca ruth sally samantha sandra sarah sharon
  stephanie susan susana suzanne theresa tulsi ursula valerie victoria virginia wendy yvonne kamala
  elizabeth dianne maxine tammy kirsten amy elise liz sheryl christine hope sarah giorgia jacinda
`);

export function genderOfFirstName(name: string): Gender {
  const n = name.toLowerCase();
  const m = MALE_NAMES.has(n);
  const f = FEMALE_NAMES.has(n);
  if (m && !f) return 'male';
  if (f && !m) return 'female';
  return 'unknown';
}

export interface PronounInfo {
  gender: Gender;
  plural: boolean;
  /** "it" refers to organisations and documents, never to a person. */
  neuter: boolean;
}

const PRONOUNS: Record<string, PronounInfo> = {
  he: { gender: 'male', plural: false, neuter: false },
  him: { gender: 'male', plural: false, neuter: false },
  she: { gender: 'female', plural: false, neuter: false },
  her: { gender: 'female', plural: false, neuter: false },
  they: { gender: 'unknown', plural: true, neuter: false },
  them: { gender: 'unknown', plural: true, neuter: false },
  it: { gender: 'unknown', plural: false, neuter: true },
  i: { gender: 'unknown', plural: false, neuter: false },
  we: { gender: 'unknown', plural: true, neuter: false },
};

export function pronounInfo(word: string): PronounInfo | null {
  return PRONOUNS[word.toLowerCase()] ?? null;
}

/** Function words that end a noun phrase when scanning for a speaker. */
export const PHRASE_STOPS = words(`
  and but or nor so yet because although though while when whenever where whereas if unless until after
  before since as than that which who whom whose what whether how why to in on at by for from with about
  into onto over under between among through during against without within upon across toward towards
  is are was were be been being am has have had do does did will would shall should can could may might
  must not no this these those there here then also later however meanwhile instead still even just only
  again once further often already always never ever it its it's
`);

/** Words that may stand between a subject and its reporting verb: "Blinken also said". */
export const ADVERBS_BEFORE_CUE = words(`
  also later then has had have once again previously repeatedly recently reportedly frequently often
  further simply finally flatly publicly privately first last separately earlier would will could may
  might did does still even just only always never ever has have had is was were are been being
  subsequently initially immediately quickly curtly bluntly proudly angrily calmly openly tearfully
  jokingly emphatically defiantly sharply softly quietly loudly firmly plainly directly bluntly
  explicitly specifically personally eventually ultimately promptly hastily swiftly wryly dryly
  not never himself herself themselves itself
`);
