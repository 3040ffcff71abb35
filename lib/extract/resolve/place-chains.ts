/**
 * Post-tagger repair of American place chains, "City, ST" ("Memphis, Tenn.", "North Bend, Ohio", "Cameron
 * Parish, La."): the tagger often leaves the abbreviated state untagged, and types a small town it does not
 * know as a person or an organisation ("Heuchelheim", "Rolling Fork"). A name written right before ", <state>"
 * is a place, and the state is one. Both stay separate mentions (the relation families link them with
 * LOCATED_IN). Pure: spans in, spans out.
 */
import { tokenize, type Token } from "../tokenize";
import type { EntitySpan } from "../types";
import { TAGGER_FIRST_NAME_SET, lookupName, typeFromNameHead } from "../gazetteer";
import { usState, usStateByName } from "../gazetteer/us-states";

/** Words before a place name that make an untagged capitalised run a place ("born in Rolling Fork, Miss."). */
const PLACE_PREPOSITIONS = new Set(["in", "of", "from", "near", "at", "outside", "to"]);

const isCapitalised = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(t.text);

/**
 * The state written at tokens[i..]: a full name ("Ohio", "New Mexico") or an AP abbreviation with its dot
 * ("Tenn.", "N.M."). Returns the index after it, or -1.
 */
function stateAt(text: string, tokens: readonly Token[], i: number): number {
  for (let n = Math.min(4, tokens.length - i); n >= 1; n--) {
    const surface = text.slice(tokens[i].start, tokens[i + n - 1].end);
    if (!/^\p{Lu}/u.test(surface) || /\n/.test(surface)) continue;
    if (usStateByName(surface)) return i + n;
    // An abbreviation needs its dot (inside, or as the next token): "Ind." is Indiana, "Ind" is not.
    const dotted = surface.endsWith(".") || tokens[i + n]?.text === ".";
    if (dotted && usState(surface)) return tokens[i + n]?.text === "." && !surface.endsWith(".") ? i + n + 1 : i + n;
  }
  return -1;
}

/** A span the tagger typed otherwise that, before ", <state>", is the city: not a known organisation or person. */
function mayBePlace(span: EntitySpan): boolean {
  if (span.type === "LOCATION") return false;
  const hit = lookupName(span.text);
  if (hit) return false;
  const head = typeFromNameHead(span.text);
  if (head === "ORGANIZATION") return false;
  const first = span.text.split(/\s+/)[0].toLowerCase();
  // "John Smith, Ohio" is rare next to "Howard Beach, N.Y.": a given name first needs a place head word.
  if (span.type === "PERSON" && TAGGER_FIRST_NAME_SET.has(first) && head !== "LOCATION") return false;
  return span.type === "PERSON" || span.type === "MISC" || span.type === "ORGANIZATION";
}

export function repairPlaceChains(
  text: string,
  spans: readonly EntitySpan[],
  tokens: readonly Token[] = tokenize(text),
): EntitySpan[] {
  const out = spans.map((s) => ({ ...s }));
  const endingAt = new Map<number, EntitySpan>();
  const covering = (start: number, end: number) => out.filter((s) => s.start < end && start < s.end);
  for (const s of out) endingAt.set(s.end, s);
  const added: EntitySpan[] = [];
  for (let c = 1; c + 1 < tokens.length; c++) {
    if (tokens[c].text !== "," || !isCapitalised(tokens[c - 1])) continue;
    const after = stateAt(text, tokens, c + 1);
    if (after < 0) continue;
    const next = tokens[after];
    // "Washington, Texas Instruments", "Paris, Texas-based": the state word is part of something longer.
    if (next && (isCapitalised(next) || /^['’-]/.test(next.text) || text[tokens[after - 1].end] === "-")) continue;
    const stateStart = tokens[c + 1].start;
    const stateEnd = tokens[after - 1].end;
    // The city: a span ending at the comma, else an untagged capitalised run after a place preposition.
    const city = endingAt.get(tokens[c - 1].end);
    if (city) {
      if (mayBePlace(city)) city.type = "LOCATION";
    } else {
      let b = c - 1;
      while (b > 0 && c - b < 3 && isCapitalised(tokens[b - 1])) b--;
      const run = text.slice(tokens[b].start, tokens[c - 1].end);
      if (
        b > 0 &&
        PLACE_PREPOSITIONS.has(tokens[b - 1].text) &&
        covering(tokens[b].start, tokens[c - 1].end).length === 0
      )
        added.push({ start: tokens[b].start, end: tokens[c - 1].end, text: run, type: "LOCATION" });
      else continue;
    }
    const over = covering(stateStart, stateEnd);
    if (over.length === 0)
      added.push({ start: stateStart, end: stateEnd, text: text.slice(stateStart, stateEnd), type: "LOCATION" });
    else if (over.length === 1 && over[0].start === stateStart && over[0].end <= stateEnd) over[0].type = "LOCATION";
    c = after - 1;
  }
  return [...out, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}
