/** Capitalised words that open sentences or name places and times, never people. Lower-case. */
const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

export const NOT_NAME_WORDS = words(`
  the a an but and or so yet if when while after before during since until at in on of for from by with
  this that these those it its he she they we i you his her their our my your there here then however
  meanwhile still also although though because as what who which where why how not no yes
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec today yesterday tomorrow
  united states kingdom nations america american americans china chinese russia russian ukraine ukrainian
  taiwan beijing washington europe european asia asian africa korea korean japan japanese iran iranian
  iraq syria syrian israel israeli palestinian gaza india indian pakistan germany german france french
  britain british london paris moscow brussels tokyo mexico canada iowa ohio texas florida california
  new york hampshire carolina virginia nevada sino-us us-china china-us u.s. us uk eu un nato
  republican republicans democrat democrats democratic gop christmas easter covid god internet twitter facebook
  state-to-state obamacare medicare medicaid
  jan. feb. mar. apr. aug. sep. sept. oct. nov. dec.
  neither either nor both each every all some any many most few several such other another much
  former ex late then-
  alabama alaska arizona arkansas colorado connecticut delaware hawaii idaho illinois indiana kansas
  kentucky louisiana maryland massachusetts michigan minnesota mississippi missouri montana nebraska
  oklahoma oregon pennsylvania tennessee utah vermont wisconsin wyoming dakota
`);

/** Heads of place names ("Kent County", "Wall Street"): a name holding one is a place, not a person. */
export const PLACE_WORDS = words(`
  county city street avenue boulevard plaza square river lake island islands valley mountain mountains
  airport beach township borough district province territory canyon harbor harbour parish
`);

/** Words that open a sentence without being its subject: "Given his past …", "Earlier, he said". */
export const SENTENCE_ADVERBS = words(`
  given first last earlier asked pressed born unlike like outside inside specifically amid once next
  finally indeed overall separately similarly likewise moreover furthermore besides otherwise
  nonetheless nevertheless thus hence tonight now recently initially ultimately eventually afterward
  afterwards previously currently notably importantly interestingly ironically clearly obviously
  apparently reportedly allegedly perhaps maybe certainly surely sometimes often usually
`);
for (const w of SENTENCE_ADVERBS) NOT_NAME_WORDS.add(w);

/** Prepositions that open a sentence with a phrase, not its subject: "Despite Santilli's …". */
export const OPENING_PREPOSITIONS = words(`
  despite amid among against without within under over across through throughout toward towards upon
  around behind beyond near via per in on at for from with by during after before since until
`);
for (const w of OPENING_PREPOSITIONS) NOT_NAME_WORDS.add(w);
