/**
 * Predicates read off the tree: a verb's lemma in past tense UPPER_SNAKE ("meet" → MET, "visit" → VISITED),
 * with its particle or preposition where that changes the meaning (SOLD_TO, BASED_IN), light verbs that take
 * their object noun's meaning ("held talks with" → MET, "launched an attack on" → ATTACKED), and a synonym
 * registry that maps surface variants onto one canonical predicate ("met with", "held talks with" → MET).
 * Open vocabulary: any verb gives a predicate; the tables only normalise.
 */

const IRREGULAR: Record<string, string> = {
  arise: "arose",
  awake: "awoke",
  bear: "bore",
  beat: "beat",
  become: "became",
  begin: "began",
  bend: "bent",
  bet: "bet",
  bid: "bid",
  bind: "bound",
  bite: "bit",
  bleed: "bled",
  blow: "blew",
  break: "broke",
  breed: "bred",
  bring: "brought",
  broadcast: "broadcast",
  build: "built",
  burst: "burst",
  buy: "bought",
  cast: "cast",
  catch: "caught",
  choose: "chose",
  cling: "clung",
  come: "came",
  cost: "cost",
  creep: "crept",
  cut: "cut",
  deal: "dealt",
  dig: "dug",
  do: "did",
  draw: "drew",
  drink: "drank",
  drive: "drove",
  eat: "ate",
  fall: "fell",
  feed: "fed",
  feel: "felt",
  fight: "fought",
  find: "found",
  flee: "fled",
  fly: "flew",
  forbid: "forbade",
  forecast: "forecast",
  foresee: "foresaw",
  forget: "forgot",
  forgive: "forgave",
  freeze: "froze",
  get: "got",
  give: "gave",
  go: "went",
  grind: "ground",
  grow: "grew",
  hang: "hanged",
  have: "had",
  hear: "heard",
  hide: "hid",
  hit: "hit",
  hold: "held",
  hurt: "hurt",
  keep: "kept",
  know: "knew",
  lay: "laid",
  lead: "led",
  leave: "left",
  lend: "lent",
  let: "let",
  lie: "lay",
  light: "lit",
  lose: "lost",
  make: "made",
  mean: "meant",
  meet: "met",
  mislead: "misled",
  overcome: "overcame",
  oversee: "oversaw",
  overtake: "overtook",
  overthrow: "overthrew",
  pay: "paid",
  put: "put",
  quit: "quit",
  read: "read",
  rebuild: "rebuilt",
  ride: "rode",
  ring: "rang",
  rise: "rose",
  run: "ran",
  say: "said",
  see: "saw",
  seek: "sought",
  sell: "sold",
  send: "sent",
  set: "set",
  shake: "shook",
  shed: "shed",
  shoot: "shot",
  show: "showed",
  shut: "shut",
  sing: "sang",
  sink: "sank",
  sit: "sat",
  slay: "slew",
  sleep: "slept",
  speak: "spoke",
  spend: "spent",
  split: "split",
  spread: "spread",
  stand: "stood",
  steal: "stole",
  stick: "stuck",
  sting: "stung",
  strike: "struck",
  swear: "swore",
  sweep: "swept",
  swim: "swam",
  take: "took",
  teach: "taught",
  tear: "tore",
  tell: "told",
  think: "thought",
  throw: "threw",
  undergo: "underwent",
  understand: "understood",
  undertake: "undertook",
  upset: "upset",
  uphold: "upheld",
  wake: "woke",
  wear: "wore",
  win: "won",
  withdraw: "withdrew",
  withhold: "withheld",
  write: "wrote",
};

const PARTICIPLE: Record<string, string> = {
  bear: "born",
  beat: "beaten",
  break: "broken",
  choose: "chosen",
  draw: "drawn",
  drive: "driven",
  forbid: "forbidden",
  give: "given",
  grow: "grown",
  hide: "hidden",
  know: "known",
  ride: "ridden",
  rise: "risen",
  see: "seen",
  shake: "shaken",
  show: "shown",
  speak: "spoken",
  steal: "stolen",
  swear: "sworn",
  take: "taken",
  tear: "torn",
  throw: "thrown",
  wear: "worn",
  write: "written",
  overthrow: "overthrown",
  withdraw: "withdrawn",
  forgive: "forgiven",
  fly: "flown",
  go: "gone",
};

/** Past participle of a verb lemma ("bear" → "born", "sell" → "sold"): the passive's predicate ("BORN_IN"). */
export function pastParticiple(lemma: string): string {
  return PARTICIPLE[lemma.toLowerCase()] ?? pastTense(lemma);
}

/** Two-syllable verbs stressed on the last syllable double their final consonant ("admit" → "admitted"). */
const DOUBLING = new Set(
  "admit commit compel control occur omit patrol permit prefer rebel refer regret submit transfer equip expel propel".split(
    " ",
  ),
);

/** Whether a word is a past-tense form: regular ("scored") or one of the irregular ones ("won", "outsold"). */
export function isPastForm(word: string): boolean {
  const w = word.toLowerCase();
  // Not "-eed": "seed", "need", "succeed" are no past forms ("agreed" is, but only its lemma can tell).
  if (/^[a-z]+[^e]ed$/.test(w) || PAST_FORMS.has(w)) return true;
  // A prefixed irregular past: "outsold", "overrode" (at least three letters before the irregular form).
  if (!/^(?:out|over|under|re|mis|with|fore)/.test(w)) return false;
  for (let i = 3; i < w.length; i++) if (PAST_FORMS.has(w.slice(i))) return true;
  return false;
}

/** Past tense of a verb lemma, lower case ("visit" → "visited", "stop" → "stopped", "try" → "tried"). */
export function pastTense(lemma: string): string {
  const w = lemma.toLowerCase();
  const irregular = irregularPast(w);
  if (irregular) return irregular;
  // A prefixed irregular verb: "overpay" → "overpaid", "rebuild" → "rebuilt", "outsell" → "outsold".
  const prefixed = /^(out|over|under|re|mis|with|fore|up)(\p{L}{3,})$/u.exec(w);
  const prefixedPast = prefixed ? irregularPast(prefixed[2]) : undefined;
  if (prefixed && prefixedPast) return prefixed[1] + prefixedPast;
  // A lemmatiser that left a past form as its own lemma ("won"): it is already past.
  if (PAST_FORMS.has(w)) return w;
  if (w.endsWith("e")) return w + "d";
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + "ied";
  if (DOUBLING.has(w) || /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(w)) return w + w[w.length - 1] + "ed";
  return w + "ed";
}

/**
 * Regular past tense from the stem of an -ing form ("lin" of "lining", "stopp" of "stopping"): the -ing form
 * already shows whether the consonant doubles, and a silent e the lemmatiser cut ("lining" → "lin") comes back
 * with "-ed" ("lined").
 */
export function pastFromIngStem(stem: string): string {
  const w = stem.toLowerCase();
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + "ied";
  return w.endsWith("e") ? w + "d" : w + "ed";
}

/** The irregular past of a lower-case lemma, looked up among the table's own keys ("constructor" is none). */
function irregularPast(w: string): string | undefined {
  return Object.hasOwn(IRREGULAR, w) ? IRREGULAR[w] : undefined;
}

/** Whether a lemma is an irregular verb's (its past is not spelt from the stem). */
export function isIrregular(lemma: string): boolean {
  return irregularPast(lemma.toLowerCase()) !== undefined;
}

/** UPPER_SNAKE of words. */
export function snake(...words: string[]): string {
  return words
    .filter((w) => w.length > 0)
    .join("_")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
}

/** Verbs that lend their object noun the meaning: "held talks", "launched an attack", "carried out a strike". */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(
  "hold have make launch carry conduct stage give take mount pay deliver host".split(" "),
);

/** Event nouns as predicates, for light verbs ("held talks with Y" → MET) and for "X's call with Y". */
export const NOUN_PREDICATES: Record<string, string> = {
  talk: "MET",
  talks: "MET",
  meeting: "MET",
  summit: "MET",
  call: "SPOKE_WITH",
  conversation: "SPOKE_WITH",
  attack: "ATTACKED",
  assault: "ATTACKED",
  offensive: "ATTACKED",
  strike: "STRUCK",
  airstrike: "STRUCK",
  raid: "RAIDED",
  visit: "VISITED",
  deal: "SIGNED_DEAL_WITH",
  agreement: "SIGNED_AGREEMENT_WITH",
  plot: "PLOTTED_AGAINST",
  investigation: "INVESTIGATED",
  probe: "INVESTIGATED",
  inquiry: "INVESTIGATED",
  bid: "BID_FOR",
  purchase: "BOUGHT",
  acquisition: "BOUGHT",
  takeover: "TOOK_OVER",
  sanctions: "SANCTIONED",
  stake: "OWNED_STAKE_IN",
  holding: "OWNED_STAKE_IN",
};

/** Surface variants → canonical predicate. */
export const PREDICATE_SYNONYMS: Record<string, string> = {
  MET_WITH: "MET",
  HELD_TALKS_WITH: "MET",
  HELD_MEETING_WITH: "MET",
  TALKED_WITH: "MET",
  TALKED_TO: "SPOKE_WITH",
  SPOKE_TO: "SPOKE_WITH",
  PHONED: "SPOKE_WITH",
  CALLED: "SPOKE_WITH",
  JOINED: "MEMBER_OF",
  BECAME_MEMBER_OF: "MEMBER_OF",
  STRUCK_AT: "STRUCK",
  HIT: "STRUCK",
  SHELLED: "STRUCK",
  BOMBED: "STRUCK",
  PURCHASED: "BOUGHT",
  ACQUIRED: "BOUGHT",
  BASED_AT: "BASED_IN",
  HEADQUARTERED_IN: "BASED_IN",
  PLOTTED: "PLOTTED_AGAINST",
  ASSASSINATED: "KILLED",
  MURDERED: "KILLED",
  SHOT_DEAD: "KILLED",
  VISITED_TO: "VISITED",
  TRAVELLED_TO: "VISITED",
  TRAVELED_TO: "VISITED",
};

export function canonicalPredicate(p: string): string {
  return PREDICATE_SYNONYMS[p] ?? p;
}

/** Predicates read the same in both directions. */
const SYMMETRIC = new Set(["MET", "SPOKE_WITH", "SIGNED_DEAL_WITH", "SIGNED_AGREEMENT_WITH", "WORKED_WITH"]);

export function isSymmetric(p: string): boolean {
  return SYMMETRIC.has(p);
}

/** Verbs of saying: their clausal complement is reported speech with the subject as the speaker. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  "say tell claim report announce add state insist allege confirm warn accuse write argue explain note stress suggest deny admit reveal".split(
    " ",
  ),
);

/** Verbs whose complement is not asserted ("denied meeting Y", "refused to sign"). */
export const NEGATING_VERBS: ReadonlySet<string> = new Set("deny refuse reject fail decline".split(" "));

/** Verbs and adjectives whose complement is only hoped for or expected: a hedge. */
export const HEDGING_HEADS: ReadonlySet<string> = new Set(
  "expect plan hope want like aim seek try intend consider propose wish likely set plot attempt conspire scheme threaten".split(
    " ",
  ),
);

/** Nouns whose infinitive only may happen: "the right to sell", "a plan to buy", "an offer to take over". */
export const POSSIBILITY_NOUNS: ReadonlySet<string> = new Set(
  "right option plan bid attempt offer chance ability power opportunity proposal intention threat".split(" "),
);

export const HEDGE_ADVERBS: ReadonlySet<string> = new Set(
  "allegedly reportedly reputedly apparently possibly probably perhaps supposedly purportedly".split(" "),
);

export const HEDGE_AUX: ReadonlySet<string> = new Set("may might could would should can".split(" "));

/** Verbs that say nothing between their arguments (reporting, being, seeming). */
export const EMPTY_VERBS: ReadonlySet<string> = new Set(
  "be seem appear become remain prove say tell think believe know add note want hope expect".split(" "),
);

const PAST_FORMS: ReadonlySet<string> = new Set(Object.values(IRREGULAR));
