/**
 * The action-verb lexicon and a small rule-based lemmatiser for it. Each verb maps to its predicate: the past
 * tense in UPPER_SNAKE ("met" → MET, "strikes" → STRUCK), with a preposition only where the verb's meaning
 * needs one (SPOKE_WITH, SIGNED_WITH). The lexicon is closed, so lemmatising is just trying the few candidate
 * stems a surface form can come from (irregular table, then -s/-es/-ies/-ed/-ied/-ing rules).
 */

export interface VerbEntry {
  lemma: string;
  predicate: string;
  /** Reciprocal: "X and Y met" relates X and Y; the relation is stored once, direction-free. */
  symmetric?: boolean;
  /** Prepositions that may introduce the object ("met with Y", "spoke to Y"). */
  preps?: string[];
  /** Object nouns consumed before the preposition: "held talks with Y", "signed a deal with Y". */
  objectNouns?: string[];
  /** Predicate when the object comes through a preposition and differs ("signed a deal with" → SIGNED_WITH). */
  prepPredicate?: string;
  /** Also asserted between two people: "X received Y" implies they met. */
  impliesMet?: boolean;
  /** Objects must be people: "X told Reuters" is attribution, "X received an award" no relation. */
  personObject?: boolean;
  /** Only a real verb in this form: "left" is too often an adjective, "meeting" a noun. */
  pastOnly?: boolean;
}

const DEALS = [
  "deal",
  "deals",
  "agreement",
  "agreements",
  "accord",
  "accords",
  "treaty",
  "treaties",
  "contract",
  "contracts",
  "memorandum",
  "pact",
  "document",
  "documents",
];

export const VERBS: readonly VerbEntry[] = [
  { lemma: "meet", predicate: "MET", symmetric: true, preps: ["with"] },
  {
    lemma: "hold",
    predicate: "MET",
    symmetric: true,
    preps: ["with"],
    objectNouns: [
      "talks",
      "meeting",
      "meetings",
      "discussions",
      "negotiations",
      "a",
      "an",
      "bilateral",
      "phone",
      "call",
      "emergency",
    ],
  },
  { lemma: "talk", predicate: "SPOKE_WITH", symmetric: true, preps: ["with", "to"] },
  { lemma: "speak", predicate: "SPOKE_WITH", symmetric: true, preps: ["with", "to"] },
  { lemma: "negotiate", predicate: "NEGOTIATED_WITH", symmetric: true, preps: ["with"] },
  {
    lemma: "sign",
    predicate: "SIGNED",
    preps: ["with"],
    objectNouns: ["a", "an", "the", "new", ...DEALS],
    prepPredicate: "SIGNED_WITH",
  },
  { lemma: "receive", predicate: "RECEIVED", impliesMet: true, personObject: true },
  { lemma: "host", predicate: "HOSTED", impliesMet: true },
  { lemma: "welcome", predicate: "WELCOMED", impliesMet: true, personObject: true },
  { lemma: "visit", predicate: "VISITED" },
  { lemma: "call", predicate: "CALLED", preps: ["on"] },
  { lemma: "phone", predicate: "CALLED" },
  { lemma: "telephone", predicate: "CALLED" },
  { lemma: "tell", predicate: "TOLD", personObject: true },
  { lemma: "inform", predicate: "INFORMED", personObject: true },
  { lemma: "ask", predicate: "ASKED" },
  { lemma: "urge", predicate: "URGED" },
  { lemma: "invite", predicate: "INVITED" },
  { lemma: "thank", predicate: "THANKED" },
  { lemma: "praise", predicate: "PRAISED" },
  { lemma: "congratulate", predicate: "CONGRATULATED" },
  { lemma: "criticise", predicate: "CRITICIZED" },
  { lemma: "criticize", predicate: "CRITICIZED" },
  { lemma: "condemn", predicate: "CONDEMNED" },
  { lemma: "accuse", predicate: "ACCUSED" },
  { lemma: "blame", predicate: "BLAMED" },
  { lemma: "warn", predicate: "WARNED" },
  { lemma: "threaten", predicate: "THREATENED" },
  { lemma: "support", predicate: "SUPPORTED" },
  { lemma: "back", predicate: "BACKED", pastOnly: true },
  { lemma: "endorse", predicate: "ENDORSED" },
  { lemma: "oppose", predicate: "OPPOSED" },
  { lemma: "sanction", predicate: "SANCTIONED" },
  { lemma: "arrest", predicate: "ARRESTED" },
  { lemma: "detain", predicate: "DETAINED" },
  { lemma: "capture", predicate: "CAPTURED" },
  { lemma: "kill", predicate: "KILLED" },
  { lemma: "attack", predicate: "ATTACKED" },
  { lemma: "strike", predicate: "STRUCK" },
  { lemma: "bomb", predicate: "BOMBED" },
  { lemma: "shell", predicate: "SHELLED" },
  { lemma: "invade", predicate: "INVADED" },
  { lemma: "target", predicate: "TARGETED" },
  { lemma: "sue", predicate: "SUED" },
  { lemma: "fire", predicate: "FIRED" },
  { lemma: "sack", predicate: "SACKED" },
  { lemma: "appoint", predicate: "APPOINTED" },
  { lemma: "nominate", predicate: "NOMINATED" },
  { lemma: "replace", predicate: "REPLACED" },
  { lemma: "succeed", predicate: "SUCCEEDED" },
  { lemma: "defeat", predicate: "DEFEATED" },
  { lemma: "beat", predicate: "BEAT", pastOnly: true },
  { lemma: "acquire", predicate: "ACQUIRED" },
  { lemma: "buy", predicate: "BOUGHT" },
  { lemma: "join", predicate: "JOINED" },
  { lemma: "lead", predicate: "LED", pastOnly: true },
  { lemma: "hire", predicate: "HIRED" },
  { lemma: "expel", predicate: "EXPELLED" },
  { lemma: "deport", predicate: "DEPORTED" },
  { lemma: "extradite", predicate: "EXTRADITED" },
  { lemma: "release", predicate: "RELEASED" },
  { lemma: "free", predicate: "FREED", pastOnly: true },
  { lemma: "recognise", predicate: "RECOGNIZED" },
  { lemma: "recognize", predicate: "RECOGNIZED" },
  { lemma: "interview", predicate: "INTERVIEWED" },
  { lemma: "fund", predicate: "FUNDED" },
  { lemma: "ally", predicate: "ALLIED_WITH", symmetric: true, preps: ["with"] },
];

const BY_LEMMA = new Map(VERBS.map((v) => [v.lemma, v]));

/** Irregular forms of the lexicon's verbs: form → lemma. */
const IRREGULAR: Record<string, string> = {
  met: "meet",
  held: "hold",
  spoke: "speak",
  spoken: "speak",
  told: "tell",
  struck: "strike",
  stricken: "strike",
  beat: "beat",
  beaten: "beat",
  bought: "buy",
  led: "lead",
  hit: "hit",
  fought: "fight",
  won: "win",
};

export type VerbForm = "past" | "s" | "ing" | "base";

export interface VerbMatch {
  entry: VerbEntry;
  form: VerbForm;
}

function candidates(w: string): [string, VerbForm][] {
  const out: [string, VerbForm][] = [[w, "base"]];
  if (w.endsWith("ies")) out.push([w.slice(0, -3) + "y", "s"]);
  if (w.endsWith("es")) out.push([w.slice(0, -2), "s"]);
  if (w.endsWith("s")) out.push([w.slice(0, -1), "s"]);
  if (w.endsWith("ied")) out.push([w.slice(0, -3) + "y", "past"]);
  if (w.endsWith("ed")) {
    out.push([w.slice(0, -2), "past"], [w.slice(0, -1), "past"]);
    if (/(.)\1ed$/.test(w)) out.push([w.slice(0, -3), "past"]);
  }
  if (w.endsWith("ing")) {
    out.push([w.slice(0, -3), "ing"], [w.slice(0, -3) + "e", "ing"]);
    if (/(.)\1ing$/.test(w)) out.push([w.slice(0, -4), "ing"]);
  }
  return out;
}

/** Finds the lexicon verb a word is a form of ("hosted" → host/past), or undefined. */
export function matchVerb(word: string): VerbMatch | undefined {
  const w = word.toLowerCase();
  const irregular = IRREGULAR[w];
  if (irregular) {
    const entry = BY_LEMMA.get(irregular);
    // "beat", "hit": the same form is base and past; treat as past.
    if (entry) return { entry, form: "past" };
  }
  for (const [lemma, form] of candidates(w)) {
    const entry = BY_LEMMA.get(lemma);
    if (!entry) continue;
    if (entry.pastOnly && form !== "past") return undefined;
    return { entry, form };
  }
  return undefined;
}
