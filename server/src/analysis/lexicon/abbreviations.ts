/** Abbreviations after which a full stop does not end a sentence. Lower-cased, without the dot. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl pvt gov sen rep rev fr sr jr st mt ft ' +
    'pres supt insp det atty hon amb sec gen ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'mon tue tues wed thu thur thurs fri sat sun ' +
    'inc corp co ltd bros no nos vol vs v etc approx est dept univ assn ave blvd rd ' +
    'ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo'
  ).split(' '),
);

export function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word.toLowerCase());
}
