/**
 * Person titles and role words. Resolution strips them from names ("President Vladimir Putin" → "Vladimir
 * Putin"); the role patterns turn them into predicates ("Kremlin spokesman Dmitry Peskov" → SPOKESPERSON_OF).
 * Head words end a role phrase; modifiers may precede a head inside one ("foreign policy chief").
 */

/**
 * Occupations that name an employer before or after them ("Reuters correspondent X", "X, an analyst at Y"),
 * never an office of a place: "UK economist at Capital Economics", "US TV presenter X" say where, not whose.
 */
const OCCUPATION_HEADS: ReadonlySet<string> = new Set(
  (
    "correspondent reporter anchor anchorman anchorwoman presenter columnist journalist analyst economist " +
    "professor lecturer researcher strategist"
  ).split(" "),
);

/** Whether a role head is an occupation: its owner is an organisation, never a place. */
function isOccupation(head: string): boolean {
  return OCCUPATION_HEADS.has(head.toLowerCase());
}

/**
 * Whether an owner may hold a role ending in `head`: a nationality owns only its state's offices ("Russian
 * President", not "British director"), and an occupation is held at an organisation ("UK economist at Capital
 * Economics" is no economist of the UK). The one rule for every role pattern.
 */
export function mayOwnRole(head: string, owner: { type: string; demonym?: boolean }): boolean {
  if (owner.demonym && !isStateRole(head)) return false;
  return !isOccupation(head) || owner.type === "ORGANIZATION";
}

/** Words that can end a role phrase. Lower case. Multi-word titles are a modifier + a head ("prime minister"). */
export const ROLE_HEADS: ReadonlySet<string> = new Set(
  (
    "president president-elect vice-president premier minister secretary secretary-general spokesman spokeswoman " +
    "spokesperson chief head leader director director-general general lieutenant-general commander king queen " +
    "prince princess emperor empress chancellor vice-chancellor ceo chairman chairwoman chairperson chair " +
    "ambassador envoy governor mayor senator congressman congresswoman lawmaker legislator mp mep premier " +
    "adviser advisor counsel coach manager captain founder co-founder owner editor judge prosecutor " +
    "attorney-general commissioner representative negotiator emir sultan sheikh pope archbishop ayatollah " +
    "cardinal speaker treasurer admiral colonel major-general brigadier-general marshal sergeant officer " +
    "boss executive president-elect deputy czar tsar monarch regent consul attache diplomat mufti imam rabbi " +
    "bishop patriarch dean rector provost principal superintendent inspector commissar"
  )
    .split(" ")
    .concat(...OCCUPATION_HEADS),
);

/** Words that may stand before a head inside a role phrase ("foreign policy chief", "Prime Minister"). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set(
  (
    "foreign policy defence defense interior home finance economy economic petroleum oil energy health " +
    "education justice trade commerce industry security intelligence spy domestic national regional local " +
    "deputy vice acting former interim caretaker top senior chief supreme executive military army navy naval " +
    "air force armed forces state prime first lady general lieutenant major brigadier attorney opposition " +
    "parliamentary parliament culture transport agriculture environment climate labor " +
    "science technology digital affairs migration immigration refugee human rights press communications " +
    "information media public relations sports sport tourism housing development planning treasury " +
    "budget tax revenue customs border police prison nuclear atomic space aviation water food women youth " +
    "social welfare emergency emergencies disaster crown grand high managing operating financial technical " +
    "political spiritual religious council committee board assistant associate special permanent principal " +
    "district provincial city municipal county federal central joint staff"
  ).split(" "),
);

/** Honorifics stripped from names but never a role. */
export const HONORIFICS: ReadonlySet<string> = new Set(
  "mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame lord lady madam mister miss sen. rep. gen. lt. col. maj. capt. sgt. adm. gov. rev. st.".split(
    " ",
  ),
);

/** Surface role words that name the same role; mapped before building the predicate. */
const ROLE_SYNONYMS: Record<string, string> = {
  spokesman: "spokesperson",
  spokeswoman: "spokesperson",
  chairman: "chair",
  chairwoman: "chair",
  chairperson: "chair",
  advisor: "adviser",
  defence: "defense",
  labour: "labor",
  "director-general": "director general",
  "secretary-general": "secretary general",
  "lieutenant-general": "lieutenant general",
  "major-general": "major general",
  "brigadier-general": "brigadier general",
  "attorney-general": "attorney general",
  "vice-president": "vice president",
  "vice-chancellor": "vice chancellor",
  congressman: "congressperson",
  congresswoman: "congressperson",
  ceo: "chief executive",
  mp: "member of parliament",
  mep: "member of european parliament",
  anchorman: "anchor",
  anchorwoman: "anchor",
};

/** Words that sit inside a title without changing the role ("the", "top"): left out of the predicate. */
const ROLE_NOISE = new Set(["the", "a", "an", "top", "senior"]);

export function isRoleHead(word: string): boolean {
  return ROLE_HEADS.has(word.toLowerCase());
}

export function isRoleWord(word: string): boolean {
  const w = word.toLowerCase();
  return ROLE_HEADS.has(w) || ROLE_MODIFIERS.has(w);
}

export function isHonorific(word: string): boolean {
  return HONORIFICS.has(word.toLowerCase());
}

/**
 * Builds the role part of a predicate from the words of a role phrase: ["foreign", "policy", "chief"] →
 * "FOREIGN_POLICY_CHIEF"; ["Kremlin"?] is not passed here. Returns null when the phrase does not end in a head.
 */
export function roleName(words: readonly string[]): string | null {
  if (words.length === 0 || !isRoleHead(words[words.length - 1])) return null;
  const parts: string[] = [];
  for (const raw of words) {
    const w = raw.toLowerCase();
    if (ROLE_NOISE.has(w)) continue;
    parts.push(ROLE_SYNONYMS[w] ?? w);
  }
  if (parts.length === 0) return null;
  return parts
    .join(" ")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
}

/** Last words that make a name an organisation ("... News Agency", "... Directorate") whatever the tagger said. */
const ORG_HEAD_WORDS = new Set(
  (
    "agency company co corp corporation inc ltd plc llc group bank council office ministry department party " +
    "directorate command court committee commission authority service services association union institute " +
    "university college school foundation fund club team federation league organization organisation " +
    "parliament assembly senate congress army navy guard guards corps brigade battalion regiment police " +
    "bureau network channel newspaper airlines airline airways motors industries holdings partners bbc fc " +
    "labs lab laboratory laboratories trust society academy studios records systems technologies electronics " +
    "communications pharmaceuticals consortium alliance coalition board awards award prize"
  ).split(" "),
);

/** Last words that make a name a place ("Mehrabad Airport", "Caribbean Sea"). */
const LOC_HEAD_WORDS = new Set(
  (
    "airport sea ocean river lake mountains mountain island islands province region street square bay strait " +
    "peninsula valley desert prison port harbour harbor canal border city county district oblast"
  ).split(" "),
);

/** Whether a word ends organisation names ("Bank", "Office", "Union"): case-insensitive. */
export function isOrgHeadWord(word: string): boolean {
  return ORG_HEAD_WORDS.has(word.toLowerCase());
}

/** Type implied by a multi-word name's last word, or undefined. */
export function typeFromNameHead(name: string): "ORGANIZATION" | "LOCATION" | undefined {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return undefined;
  const last = words[words.length - 1].toLowerCase();
  if (isOrgHeadWord(last)) return "ORGANIZATION";
  if (LOC_HEAD_WORDS.has(last)) return "LOCATION";
  return undefined;
}

/**
 * Roles a nationality can own: "Russian President", "Czech Foreign Minister" name the country's office, but
 * "British director" or "Spanish captain" only say where someone is from.
 */
const STATE_ROLE_HEADS = new Set(
  (
    "president president-elect vice-president premier minister secretary secretary-general chancellor king queen " +
    "prince princess emperor empress monarch emir sultan ambassador envoy leader spokesman spokeswoman spokesperson " +
    "general lieutenant-general commander admiral chief head negotiator consul diplomat ayatollah regent"
  ).split(" "),
);

export function isStateRole(head: string): boolean {
  return STATE_ROLE_HEADS.has(head.toLowerCase());
}
