/**
 * Two families read off the word sequence rather than the tree, for layouts the parser was never trained on
 * (EWT is web text: it has few "City, ST" chains and no wire datelines) and reliably gets wrong:
 *
 *   "in Aiken, S.C., have been shut"   → Aiken –LOCATED_IN→ S.C.   (the parser makes "S.C." a conjunct)
 *   "BANGKOK, Thailand (AP) — …"        → AP –REPORTED_FROM→ BANGKOK, Thailand
 *
 * Both check their words against the gazetteer, so they stay precise without the parse.
 */
import { lookupName } from "../../gazetteer";
import { usState } from "../../gazetteer/us-states";
import { MONTH_NAMES } from "../../ner/rules";
import type { RelMention } from "../types";
import type { TreeCandidate, TreeFamily } from "./families";
import type { TreeContext } from "./context";

interface Placed {
  mention: RelMention;
  /** token range [first, end) */
  first: number;
  end: number;
}

/** Mentions with their token ranges, in text order (one pass over the token → mention index). */
function placedMentions(ctx: TreeContext): Placed[] {
  const { mentionAt } = ctx;
  const out: Placed[] = [];
  for (let t = 0; t < mentionAt.length;) {
    const k = mentionAt[t];
    let e = t + 1;
    if (k >= 0) {
      while (e < mentionAt.length && mentionAt[e] === k) e++;
      out.push({ mention: ctx.mentions[k], first: t, end: e });
    }
    t = e;
  }
  return out;
}

/** What a place is, as far as the chain rule needs: a country, a US state, or something smaller. */
function placeRank(m: RelMention): "country" | "state" | "smaller" {
  if (m.demonym) return "smaller";
  const hit = lookupName(m.text);
  if (hit?.kind === "country") return "country";
  if (usState(m.text)) return "state";
  return "smaller";
}

/** Words that may stand between "City," and its region: "Mohammadia, south-east Algeria", "Sumy, in north-eastern Ukraine". */
const BETWEEN =
  /^(?:in|north|south|east|west|central|northern|southern|eastern|western|north-?east(?:ern)?|north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?|-)$/i;

const COORDINATORS = new Set(["and", "or", "&", "nor"]);

/**
 * "Aiken, S.C.", "Frankfurt, West Germany", "Mohammadia, south-east Algeria": a place, a comma, then a state or
 * country that contains it. Lists ("France, Germany and Italy", "Texas, Florida") are not chains: both ends
 * must differ in rank, and no coordinator or further place may follow the second.
 */
export const placeChain: TreeFamily = {
  id: "place-chain",
  description: '"Aiken, S.C.", "Frankfurt, West Germany" → LOCATED_IN, read off the words',
  prior: 0.75,
  fn: (ctx) => {
    const { doc } = ctx;
    const placed = placedMentions(ctx);
    const out: TreeCandidate[] = [];
    for (let k = 0; k + 1 < placed.length; k++) {
      const a = placed[k];
      const b = placed[k + 1];
      if (a.mention.type !== "LOCATION" || b.mention.type !== "LOCATION" || a.mention.ref === b.mention.ref) continue;
      if (doc.sentenceOf(a.first) !== doc.sentenceOf(b.first)) continue;
      if (doc.form[a.end] !== ",") continue;
      let t = a.end + 1;
      const located = doc.form[t] === "in";
      while (t < b.first && BETWEEN.test(doc.form[t])) t++;
      if (t !== b.first) continue;
      const rankA = placeRank(a.mention);
      const rankB = placeRank(b.mention);
      if (rankB === "smaller" || rankA === "country" || rankA === rankB) continue;
      // A known city of another country is a list, not a chain ("Moscow, France" is never written).
      const city = lookupName(a.mention.text);
      if (
        rankB === "country" &&
        city?.kind === "city" &&
        city.country &&
        city.country !== lookupName(b.mention.text)?.name
      )
        continue;
      // "Paris, London, France": a place before the first one makes it a list.
      if (a.first >= 2 && doc.form[a.first - 1] === "," && ctx.mentionAt[a.first - 2] >= 0) continue;
      let after = b.end;
      // "On Telegram, Venezuela's Gil said": a possessor begins a new phrase, unless "in" placed the first
      // name inside it ("Saqqez, in Iran's western Kurdistan province").
      if (!located && /^['’]s?$/.test(doc.form[after] ?? "")) continue;
      if (doc.form[after] === ".") after++;
      if (COORDINATORS.has(doc.form[after]?.toLowerCase())) continue;
      const c = placed[k + 2];
      if (c && c.first === after + 1 && doc.form[after] === "," && c.mention.type === "LOCATION") {
        // "Aiken, S.C., and Augusta, Ga." is fine; "Ohio, Texas, and Iowa" was caught by the rank test.
        if (placeRank(c.mention) === rankB) continue;
      }
      out.push({
        source: { mention: a.mention, token: a.end - 1 },
        target: { mention: b.mention, token: b.end - 1 },
        predicate: "LOCATED_IN",
        family: "place-chain",
        tokens: [],
      });
    }
    return out;
  },
};

const MONTH_WORD = new RegExp(`^(?:${MONTH_NAMES.map((m) => `${m}|${m.slice(0, 3)}`).join("|")}|Sept)\\.?$`, "i");

/** What a dateline may hold besides places and commas: a day and month ("Feb 2", "29 Apr", "March 5"). */
const isDateWord = (w: string) => MONTH_WORD.test(w) || /^\d{1,2}$/.test(w) || w === ".";

/**
 * A wire dateline: "DAYTON, Ohio (AP) —", "Sofia, February 15 (BTA) --", "(Text) Ulaanbaatar, 29 Apr (XINHUA)".
 * The agency in brackets filed the story from the places before it. Only at the start of a paragraph, where
 * datelines stand; the agency is an organisation (usually a news outlet, which no other family relates).
 */
export const dateline: TreeFamily = {
  id: "dateline",
  description: '"BANGKOK, Thailand (AP) —" → AP –REPORTED_FROM→ BANGKOK, Thailand',
  prior: 0.8,
  relatesOutlets: true,
  fn: (ctx) => {
    const { doc } = ctx;
    const out: TreeCandidate[] = [];
    const placed = placedMentions(ctx);
    const byFirst = new Map(placed.map((p) => [p.first, p]));
    for (let s = 0; s < doc.sentStart.length; s++) {
      let t = doc.sentStart[s];
      const end = doc.sentEnd[s];
      const at = doc.start[t];
      if (at > 0 && !/\n\s*$/.test(doc.text.slice(Math.max(0, at - 4), at))) continue;
      // "(Text)" and similar bracketed source labels before the dateline.
      if (doc.form[t] === "(" && doc.form[t + 2] === ")" && !byFirst.has(t + 1)) t += 3;
      const places: Placed[] = [];
      while (t < end) {
        const p = byFirst.get(t);
        if (p && (p.mention.type === "LOCATION" || (p.mention.type === "DATE" && places.length))) {
          if (p.mention.type === "LOCATION") places.push(p);
          t = p.end;
        } else if (doc.form[t] === "," || (places.length && isDateWord(doc.form[t]))) t++;
        else break;
      }
      if (!places.length || doc.form[t] !== "(") continue;
      const agency = byFirst.get(t + 1);
      if (!agency || agency.mention.type !== "ORGANIZATION" || doc.form[agency.end] !== ")") continue;
      // The dateline ends the sentence or is followed by a dash: "(AP) — The…", "(BTA) -- Today…".
      const next = doc.form[agency.end + 1];
      if (agency.end + 1 < end && !/^(?:-+|—|–|:)$/.test(next)) continue;
      for (const p of places)
        out.push({
          source: { mention: agency.mention, token: agency.end - 1 },
          target: { mention: p.mention, token: p.end - 1 },
          predicate: "REPORTED_FROM",
          family: "dateline",
          tokens: [],
        });
    }
    return out;
  },
};
