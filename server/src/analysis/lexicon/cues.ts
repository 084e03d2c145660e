/**
 * Reporting verbs and phrases that introduce speech. Each lemma expands to its inflections, so
 * the lexicon reads as English ("say") and matches copy ("said", "says", "saying").
 */

const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
  speak: ['speak', 'speaks', 'spoke', 'speaking'],
  tweet: ['tweet', 'tweets', 'tweeted', 'tweeting'],
  post: ['posts', 'posted', 'posting'],
  read: ['reads', 'read'],
  call: ['call', 'calls', 'called', 'calling'],
  quote: ['quoted'],
  sing: ['sing', 'sings', 'sang', 'singing'],
  put: ['put', 'puts'],
  go: ['went on', 'goes on', 'going on'],
  point: ['point out', 'points out', 'pointed out', 'pointing out'],
  begin: ['begins', 'began'],
  add: ['add', 'adds', 'added', 'adding'],
  // only the verb forms: "email", "text" and "message" alone are mostly nouns
  email: ['emailed', 'e-mailed'],
  text: ['texted'],
  message: ['messaged'],
};

/** Verbs that report speech (direct or indirect). */
const REGULAR = (
  'state declare explain note insist argue claim warn stress emphasize emphasise reply respond ' +
  'continue recall acknowledge admit announce observe remark suggest complain conclude concede urge ' +
  'reiterate predict vow promise joke quip report ask answer assert comment confirm contend ' +
  'counter deny describe disclose exclaim maintain mention plead pledge proclaim ' +
  'recount remind repeat retort reveal scream shout sigh yell whisper testify boast brag caution ' +
  'cry charge demand estimate lament muse mutter mumble propose question reason reassure recommend ' +
  'remember snap summarize summarise tease thunder wonder agree allege blast chide criticize criticise ' +
  'declare echo insist interject marvel object opine posit protest rail rant scoff sneer ' +
  'underline underscore vow threaten tout trumpet acknowledge affirm quote conclude ' +
  'chant gush rebut scold caution fume exult react exhort chime lecture offer'
).split(/\s+/);

/** Verbs that double their last consonant before -ed and -ing: "quipped", "admitted". */
const DOUBLES_FINAL = new Set(['quip', 'snap', 'admit', 'rebut', 'regret', 'commit', 'submit', 'refer', 'prefer', 'confer', 'jab', 'jot', 'nag', 'plot', 'beg', 'chat', 'stop', 'plan', 'spar']);

function inflect(lemma: string): string[] {
  const base = lemma;
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const third = /(?:s|sh|ch|x|z)$/.test(base) ? base + 'es' : /[^aeiou]y$/.test(base) ? base.slice(0, -1) + 'ies' : base + 's';
  const doubled = DOUBLES_FINAL.has(base) ? base + base.slice(-1) : base;
  const past = base.endsWith('e') ? base + 'd' : /[^aeiou]y$/.test(base) ? base.slice(0, -1) + 'ied' : doubled + 'ed';
  const ing = /(?:ie)$/.test(base) ? base.slice(0, -2) + 'ying' : base.endsWith('e') && !base.endsWith('ee') ? stem + 'ing' : doubled + 'ing';
  return [base, third, past, ing];
}

export type CueStrength = 'speech' | 'weak';

const FORMS = new Map<string, { lemma: string; past: boolean }>();
for (const [lemma, forms] of Object.entries(IRREGULAR)) {
  forms.forEach((f, i) => FORMS.set(f, { lemma, past: i === 2 }));
}
for (const lemma of REGULAR) {
  inflect(lemma).forEach((f, i) => {
    if (!FORMS.has(f)) FORMS.set(f, { lemma, past: i === 2 });
  });
}
/** Forms that report speech only with a quote, "that", or a clear subject nearby. */
const WEAK: Set<string> = new Set();
// Words that look like inflections but are mostly nouns or other senses in news copy.
for (const noise of ['begins', 'began', 'offer', 'offers', 'offered', 'offering', 'call', 'calls', 'called', 'calling', 'state', 'states', 'post', 'answer', 'question', 'point', 'points', 'report', 'reports', 'charge', 'charges', 'quote', 'quotes', 'comment', 'comments', 'demand', 'demands', 'estimate', 'estimates', 'object', 'objects', 'echo', 'cry', 'reason', 'reasons', 'remind', 'rail', 'continue', 'continues', 'continuing', 'counter', 'protest', 'protests', 'blast', 'mention', 'repeat', 'plead', 'pledge', 'promise', 'read', 'put', 'puts', 'add', 'say', 'tell', 'speak', 'write', 'agree', 'agrees', 'agreed', 'agreeing', 'ask', 'vow', 'vows', 'reply', 'replies', 'claims', 'claim', 'warn', 'note', 'notes', 'complaint', 'concern', 'describe', 'describes', 'described', 'question', 'questioned', 'reasoned', 'wonder', 'wondered', 'remember', 'remembered', 'propose', 'proposed', 'denied', 'deny', 'denies', 'threaten', 'threatened', 'threatens', 'recommend', 'recommended', 'recall', 'affirm', 'confirm', 'quoted', 'marvel', 'reveal', 'revealed', 'object', 'objected', 'opine', 'posit', 'trumpet', 'tout', 'touted', 'underline', 'charged', 'reported', 'reporting', 'posted', 'posting', 'writing', 'written', 'speaking', 'asking', 'estimated', 'demanded', 'demanding', 'pointed', 'continued']) {
  if (FORMS.has(noise)) WEAK.add(noise);
}


export interface CueInfo {
  lemma: string;
  /** True when the form alone is a strong sign of speech (said, told, added). */
  strong: boolean;
}

const INFO = new Map<string, CueInfo>();
for (const [form, f] of FORMS) INFO.set(form, { lemma: f.lemma, strong: !WEAK.has(form) });

/** Every inflected form the lexicon knows. */
export function cueForms(): Iterable<string> {
  return INFO.keys();
}

/** The cue a lower-case word is, or null. Returns a shared object: do not change it. */
export function lookupCue(lower: string): CueInfo | null {
  return INFO.get(lower) ?? null;
}

/**
 * Verbs that attribute a belief or a finding rather than words ("Trump believes the polls are
 * rigged", "the study found that …"): claims too, but only with "that" or a named subject.
 */
export const BELIEF_VERBS = new Set(
  ('believe believes believed think thinks thought hope hopes hoped expect expects expected fear fears feared ' +
    'worry worries worried know knows knew show shows showed shown find finds found suspect suspects suspected ' +
    'conclude concludes concluded doubt doubts doubted').split(' '),
);
