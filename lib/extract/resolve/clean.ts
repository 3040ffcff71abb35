/**
 * Span cleaning: turns the tagger's raw spans into name mentions. Titles, honorifics, demonyms, a leading
 * "the" and possessive endings never become part of a name ("Russian President Vladimir Putin's" → "Vladimir
 * Putin"); an owner inside a span ("Kremlin spokesman Dmitry Peskov", "Iran's Revolutionary Guard Corps")
 * becomes its own mention; demonyms ("Iranian", "Norwegian-Iranian") are kept apart as country references,
 * not entities. Gazetteer names get the gazetteer's type ("Kremlin" is an organisation, "Türkiye" a location).
 */
import { tokenize, type Token } from "../tokenize";
import type { EntitySpan } from "../types";
import type { EntityType } from "../../graph/types";
import {
  ORGANIZATIONS,
  demonymCountries,
  isHonorific,
  isRoleHead,
  isRoleWord,
  lookupName,
  type GazetteerHit,
} from "../gazetteer";
import { extendRunOnNames, joinNamePieces } from "./name-pieces";
import { retypeDescribedPeople, retypeOrganisations, untaggedDemonyms } from "./untagged";
import { splitGluedTitles } from "./glued-titles";
import { repairPlaceChains } from "./place-chains";
import { joinOrgNames } from "./org-names";

export interface NameMention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Set when the name is a known country, city or organisation. */
  gazetteer?: GazetteerHit;
}

/** A demonym in the text ("Russian"): not an entity, but it names countries a relation may point at. */
export interface DemonymMention {
  start: number;
  end: number;
  text: string;
  countries: string[];
}

export interface CleanResult {
  mentions: NameMention[];
  demonyms: DemonymMention[];
}

/** Last words of organisation names that may start with a title word ("General Electric Company"). */
const ORG_SUFFIX =
  /^(?:Company|Co|Corp|Corporation|Inc|Ltd|Group|Motors|Bank|Agency|Council|Office|Ministry|Department|Party|Force|Forces|Army|Command|Staff|Court|Committee|Commission|Authority|Service|Services|Association|Union|Institute|University|College|School|Foundation|Fund|Club|Team)$/;

/** Capitalised words the tagger sometimes takes for names at the start of a sentence. */
const NOT_NAMES = new Set(
  "meanwhile however nevertheless nonetheless still separately elsewhere also moreover furthermore thus hence indeed instead otherwise yet but and or so then now today yesterday tomorrow tonight here there this that these those it its he she they we i you his her their our my your".split(
    " ",
  ),
);

const GROUP_ADJECTIVES = new Set(
  (
    "european western eastern northern southern asian african arab arabian islamic muslim christian jewish latin " +
    "nordic baltic balkan scandinavian caucasian gulf soviet kurdish shia shiite sunni catholic protestant " +
    "orthodox hindu buddhist american middle eastern north south central west east pacific atlantic " +
    "mediterranean anglo-saxon anglo hispanic"
  ).split(" "),
);

const POSSESSIVE = /^['’][sS]?$/;
const ARTICLE = /^(?:the|The|THE)$/;

function isPossessive(t: Token): boolean {
  return POSSESSIVE.test(t.text);
}

function isCapitalised(t: Token): boolean {
  return /^[\p{Lu}\p{N}]/u.test(t.text);
}

function spanOf(text: string, tokens: Token[]): { start: number; end: number; text: string } {
  const start = tokens[0].start;
  const end = tokens[tokens.length - 1].end;
  return { start, end, text: text.slice(start, end) };
}

/** Splits a token run at possessives and role words and emits each capitalised run as an owner mention. */
function emitPrefix(text: string, tokens: Token[], out: CleanResult): void {
  let run: Token[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const s = spanOf(text, run);
    const countries = demonymCountries(s.text);
    if (run.length === 1 && countries.length > 0) {
      out.demonyms.push({ ...s, countries });
    } else {
      const hit = lookupName(s.text);
      // A prefix word we do not know ("Sumy regional head") is still a name when capitalised.
      if (hit) out.mentions.push({ ...s, type: hit.type, gazetteer: hit });
      else if (run.every(isCapitalised)) out.mentions.push({ ...s, type: "ORGANIZATION" });
    }
    run = [];
  };
  for (const t of tokens) {
    if (isPossessive(t) || ARTICLE.test(t.text) || (isRoleWord(t.text) && !lookupName(t.text)) || isHonorific(t.text)) {
      flush();
    } else if (demonymCountries(t.text).length > 0 && !lookupName(t.text)) {
      flush();
      run = [t];
      flush();
    } else {
      run.push(t);
    }
  }
  flush();
}

/**
 * Index of the last token of a leading title part ("Iran's Foreign Minister | Hossein Amirabdollahian"),
 * or -1 when the span has none. Everything up to it must look like a title phrase: role words, honorifics,
 * demonyms, possessive owners and capitalised owner names.
 */
function titleEnd(tokens: Token[]): number {
  let last = -1;
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i];
    if (isRoleHead(t.text) || isHonorific(t.text) || isPossessive(t)) last = i;
    else if (demonymCountries(t.text).length > 0 && !lookupName(t.text)) last = Math.max(last, i);
    else if (!isCapitalised(t) && !isRoleWord(t.text) && !ARTICLE.test(t.text)) break;
  }
  // Modifiers right after the last head belong to the name only if capitalised and not role words.
  return last;
}

/**
 * A title prefix is only stripped when every capitalised non-title word in it names an owner: a known name or
 * acronym ("Kremlin", "MI5") or a word before a possessive ("Sonaptic's"). Otherwise the "title" is part of a
 * name: "James Dean Bradfield".
 */
function ownerLike(prefix: Token[]): boolean {
  let run: Token[] = [];
  const runOk = (next: Token | undefined) => {
    if (run.length === 0) return true;
    const surface = run.map((t) => t.text).join(" ");
    return (
      lookupName(surface) !== undefined ||
      (next !== undefined && isPossessive(next)) ||
      (run.length === 1 && /^\p{Lu}[\p{Lu}\d]+$/u.test(run[0].text))
    );
  };
  for (let i = 0; i < prefix.length; i++) {
    const t = prefix[i];
    const titleWord =
      (isRoleWord(t.text) && !lookupName(t.text)) ||
      isHonorific(t.text) ||
      isPossessive(t) ||
      ARTICLE.test(t.text) ||
      demonymCountries(t.text).length > 0;
    if (titleWord) {
      if (!runOk(t)) return false;
      run = [];
    } else {
      run.push(t);
    }
  }
  return runOk(undefined);
}

/**
 * The gazetteer entry for a name, except a city the tagger called an organisation: "Liverpool" and "Leeds" are
 * also football clubs, and the tagger sees the context.
 */
function gazetteerFor(name: string, taggedAs: EntityType): GazetteerHit | undefined {
  const hit = lookupName(name);
  return hit?.kind === "city" && taggedAs === "ORGANIZATION" ? undefined : hit;
}

/**
 * "Athletes' Commission", "Workers' Party", "Teachers' Union": a plural possessive of a common noun inside an
 * organisation's name is part of the name, not an owner (a name's possessive takes "'s": "Iran's Evin Prison").
 */
function isPluralPossessiveName(tokens: Token[], cut: number): boolean {
  const apostrophe = tokens[cut];
  const owner = tokens[cut - 1];
  const rest = tokens.slice(cut + 1);
  return (
    /^['’]$/.test(apostrophe.text) &&
    owner !== undefined &&
    tokens.slice(0, cut).every(isCapitalised) &&
    /^\p{Lu}\p{Ll}+s$/u.test(owner.text) &&
    !lookupName(owner.text) &&
    rest.length > 0 &&
    rest.every(isCapitalised) &&
    ORG_SUFFIX.test(rest[rest.length - 1].text)
  );
}

function cleanOne(text: string, span: EntitySpan, out: CleanResult): void {
  let tokens = tokenize(text.slice(span.start, span.end), span.start);
  // Trailing possessives and punctuation, leading articles and punctuation.
  while (tokens.length > 0 && (isPossessive(tokens[tokens.length - 1]) || !/[\p{L}\p{N}]/u.test(tokens.at(-1)!.text)))
    tokens = tokens.slice(0, -1);
  while (tokens.length > 0 && (ARTICLE.test(tokens[0].text) || !/[\p{L}\p{N}]/u.test(tokens[0].text)))
    tokens = tokens.slice(1);
  if (tokens.length === 0) return;

  if (tokens.length === 1 && (NOT_NAMES.has(tokens[0].text.toLowerCase()) || /^I['’]/.test(tokens[0].text))) return;
  const whole = spanOf(text, tokens);
  // "US-based", "Kremlin-backed": adjectives, not names — but the known name inside is one ("Moscow-based
  // lawyer X" states where X is based; the relation families read the adjective off the parse).
  const adjective =
    /^(.+)-(?:based|led|backed|linked|born|made|owned|run|controlled|designed|supplied|affiliated|aligned)$/i.exec(
      whole.text,
    );
  if (adjective) {
    const inner = lookupName(adjective[1]);
    if (inner && inner.kind !== "media")
      out.mentions.push({
        start: whole.start,
        end: whole.start + adjective[1].length,
        text: adjective[1],
        type: inner.type,
        gazetteer: inner,
      });
    return;
  }
  const hit = gazetteerFor(whole.text, span.type);
  if (hit) {
    out.mentions.push({ ...whole, type: hit.type, gazetteer: hit });
    return;
  }
  const countries = demonymCountries(whole.text);
  if (countries.length > 0 && tokens.length === 1) {
    out.demonyms.push({ ...whole, countries });
    return;
  }
  // "European", "Western", "Shiite": adjectives of regions and groups, not entities.
  if (span.type === "MISC" && tokens.every((t) => GROUP_ADJECTIVES.has(t.text.toLowerCase()))) return;
  // A span made only of title words ("President", "Supreme Leader") names nobody; with a demonym ("the Kyrgyz
  // President" tagged as one name) it still names the country the title belongs to.
  const titleWord = (t: Token) => isRoleWord(t.text) || isHonorific(t.text) || ARTICLE.test(t.text);
  if (tokens.every(titleWord)) return;
  const isDemonym = (t: Token) => demonymCountries(t.text).length > 0 && !lookupName(t.text);
  // A role head is required: "Haitian Parliament" (a modifier word, no head) is an organisation's name.
  if (tokens.every((t) => titleWord(t) || isDemonym(t)) && tokens.some((t) => isRoleHead(t.text))) {
    emitPrefix(text, tokens, out);
    return;
  }

  let type = span.type;
  let cut = titleEnd(tokens);
  if (cut >= 0 && !ownerLike(tokens.slice(0, cut + 1))) cut = -1;
  if (cut >= 0 && isPluralPossessiveName(tokens, cut)) cut = -1;
  if (cut >= 0) {
    const rest = tokens.slice(cut + 1);
    const prefix = tokens.slice(0, cut + 1);
    const hasTitle = prefix.some((t) => isRoleHead(t.text) || isHonorific(t.text));
    const restIsName =
      rest.length > 0 &&
      rest.every((t) => isCapitalised(t) || /^(?:al|bin|van|von|de|da|del|der|la|le|el|ibn|abu)$/.test(t.text));
    // PERSON and MISC spans lose their titles; organisations and places only an owner ("Iran's Evin Prison"),
    // since a title word may begin their name ("General Motors").
    const personTitle = hasTitle && rest.length >= 2 && !ORG_SUFFIX.test(rest[rest.length - 1].text);
    if (restIsName && (type === "PERSON" || type === "MISC" || personTitle || prefix.some(isPossessive))) {
      emitPrefix(text, prefix, out);
      if (hasTitle && type !== "PERSON" && !prefix.some(isPossessive)) type = "PERSON";
      tokens = rest;
    }
  }
  const name = spanOf(text, tokens);
  if (type === "PERSON" && !/\p{Lu}/u.test(name.text)) return;
  const restHit = gazetteerFor(name.text, type);
  if (restHit) out.mentions.push({ ...name, type: restHit.type, gazetteer: restHit });
  else out.mentions.push({ ...name, type });
}

/**
 * Last words that end no name: function words the tagger ran on with ("BBC News Online the", "Lord of the Rings
 * and") and letters after a name ("Tom McCabe MSP", "Glasgow Kelvin MP").
 */
const NOT_A_LAST_WORD = /\s(?:the|a|an|of|and|or|for|in|on|at|to|by|with|from|MP|MSP|MEP|AM|QC|MBE|OBE|CBE)$/;

function trimmed(text: string, span: EntitySpan): EntitySpan {
  let { start, end } = span;
  for (;;) {
    // Trailing punctuation goes, except the final dot of an abbreviation ("U.K.").
    while (end > start && /[\s.,;:!?"'“”‘’()[\]]/.test(text[end - 1])) {
      if (text[end - 1] === "." && /(?:^|[.\s])\p{L}\.$/u.test(text.slice(start, end))) break;
      end--;
    }
    const tail = NOT_A_LAST_WORD.exec(text.slice(start, end));
    if (!tail) break;
    end -= tail[0].length;
  }
  while (start < end && /[\s"“‘(\[]/.test(text[start])) start++;
  return { ...span, start, end, text: text.slice(start, end) };
}

/**
 * Repairs span boundaries with the gazetteer: joins neighbours that together form a known name ("Russian" +
 * "Federation"), splits a span that is two known names run together ("Kremlin Iran") or hyphenated
 * ("Afghanistan-Pakistan"), and drops an "X-based" lead ("US-based Human Rights ... Agency").
 */
export function repairSpans(text: string, spans: readonly EntitySpan[]): EntitySpan[] {
  const sorted = spans
    .filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start)
    .map((s) => trimmed(text, s))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const joined: EntitySpan[] = [];
  for (const s of sorted) {
    const prev = joined[joined.length - 1];
    if (prev && /^ +$/.test(text.slice(prev.end, s.start))) {
      const combined = text.slice(prev.start, s.end);
      const hit = lookupName(combined);
      if (hit) {
        joined[joined.length - 1] = { start: prev.start, end: s.end, text: combined, type: hit.type };
        continue;
      }
    }
    joined.push(s);
  }
  const out: EntitySpan[] = [];
  for (const s of joined) {
    if (s.type === "DATE" || s.type === "MONEY" || lookupName(s.text)) {
      out.push(s);
      continue;
    }
    const based = /^([\p{L}.]+)-(?:based|backed|led|linked|funded|owned|run|controlled|affiliated|aligned) /u.exec(
      s.text,
    );
    if (based) {
      // The known name in the lead stays a name ("Moscow-based US lawyer": Moscow), the adjective goes.
      const inner = lookupName(based[1]);
      if (inner && inner.kind !== "media")
        out.push({ start: s.start, end: s.start + based[1].length, text: based[1], type: inner.type });
      out.push({ ...s, start: s.start + based[0].length, text: s.text.slice(based[0].length) });
      continue;
    }
    const parts = segment(s.text);
    if (parts) {
      for (const [from, to] of parts) {
        const hit = lookupName(s.text.slice(from, to))!;
        out.push({ start: s.start + from, end: s.start + to, text: s.text.slice(from, to), type: hit.type });
      }
      continue;
    }
    out.push(s);
  }
  return out;
}

/** Splits a text into two or more gazetteer names separated by spaces or hyphens, or returns null. */
function segment(name: string): [number, number][] | null {
  const words = [...name.matchAll(/[^\s-‐]+/g)].map((m) => [m.index!, m.index! + m[0].length] as [number, number]);
  if (words.length < 2) return null;
  const parts: [number, number][] = [];
  let i = 0;
  while (i < words.length) {
    let found = -1;
    for (let j = words.length - 1; j >= i; j--) {
      if (i === 0 && j === words.length - 1) continue;
      if (lookupName(name.slice(words[i][0], words[j][1]))) {
        found = j;
        break;
      }
    }
    if (found < 0) return null;
    parts.push([words[i][0], words[found][1]]);
    i = found + 1;
  }
  return parts.length >= 2 ? parts : null;
}

/**
 * Known names the tagger missed ("MI5", "IAEA", "Sumy"): capitalised token runs of up to five tokens that are a
 * gazetteer organisation written exactly as listed, or a country or city standing alone, outside every tagger span.
 */
export function gazetteerSpans(
  text: string,
  spans: readonly EntitySpan[],
  tokens: readonly Token[] = tokenize(text),
): EntitySpan[] {
  const covered = (start: number, end: number) => spans.some((s) => s.start < end && start < s.end);
  const out: EntitySpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!/^\p{Lu}/u.test(tokens[i].text)) continue;
    for (let n = Math.min(5, tokens.length - i); n >= 1; n--) {
      const start = tokens[i].start;
      const end = tokens[i + n - 1].end;
      const surface = text.slice(start, end);
      if (/\n/.test(surface) || !/^\p{Lu}/u.test(tokens[i + n - 1].text)) continue;
      const hit = lookupName(surface);
      if (!hit) continue;
      if (hit.kind === "org" ? !isListedSpelling(surface, hit) : !isPlainPlace(text, tokens, i, i + n, hit)) continue;
      if (!covered(start, end)) out.push({ start, end, text: surface, type: hit.type });
      i += n - 1;
      break;
    }
  }
  return out;
}

/** Place names that are also common words or first names. */
const AMBIGUOUS_PLACES = new Set(
  "nice victoria male sofia jordan chad georgia santiago kingston georgetown lima split reading mobile".split(" "),
);

/**
 * A country or city the tagger missed counts only when it stands alone: not a sentence's first word, not next to
 * another capitalised word ("Washington Post", "Paris Hilton"), not an ambiguous name ("Victoria").
 */
function isPlainPlace(text: string, tokens: readonly Token[], from: number, to: number, hit: GazetteerHit): boolean {
  if (hit.kind !== "country" && hit.kind !== "city") return false;
  const surface = text.slice(tokens[from].start, tokens[to - 1].end);
  if (AMBIGUOUS_PLACES.has(surface.toLowerCase())) return false;
  // Look back over the whitespace before the name only (not the whole prefix: that was quadratic in the text).
  let j = tokens[from].start - 1;
  let lineBreak = false;
  while (j >= 0 && /\s/.test(text[j])) {
    if (text[j] === "\n") lineBreak = true;
    j -= 1;
  }
  if (j < 0 || lineBreak || /[.!?:"“‘]/.test(text[j])) return false;
  const prev = tokens[from - 1];
  const next = tokens[to];
  const capital = (t: Token | undefined, gap: string) =>
    t !== undefined && /^\s*$/.test(gap) && /^\p{Lu}/u.test(t.text);
  if (prev && capital(prev, text.slice(prev.end, tokens[from].start))) return false;
  if (next && capital(next, text.slice(tokens[to - 1].end, next.start))) return false;
  return true;
}

/** Case-exact match against the entry's name or an alias, so "Commons" in a sentence start is not enough. */
function isListedSpelling(surface: string, hit: GazetteerHit): boolean {
  const entry = ORGANIZATIONS.find((o) => o.name === hit.name);
  return entry !== undefined && (entry.name === surface || entry.aliases.includes(surface)) && surface.length >= 2;
}

/** Cleans every span of one article. `text` is the article text the spans' offsets point into. */
export function cleanSpans(text: string, spans: readonly EntitySpan[]): CleanResult {
  const out: CleanResult = { mentions: [], demonyms: [] };
  // Names the tagger cut in pieces ("John" + "A. Georges") are rejoined first (./name-pieces); organisations it
  // typed MISC are retyped, and demonyms it left untagged are added (./untagged); an owner, title and name glued
  // into one span are split (./glued-titles); "City, ST" chains get their place types and state
  // (./place-chains); organisation names cut at "of" or "&" are rejoined (./org-names); a one-word name after
  // a person noun ("soccer legend Pele") is a person (./untagged); a name that runs on past the tagger's span
  // ("Freddie" + "Mac") takes the rest (./name-pieces).
  // The article's tokens are made once for the three steps that scan all of them.
  const tokens = tokenize(text);
  const pieces = joinOrgNames(text, extendRunOnNames(text, joinNamePieces(text, spans)));
  const joined = retypeDescribedPeople(
    text,
    retypeOrganisations(repairPlaceChains(text, splitGluedTitles(text, pieces), tokens)),
  );
  const found = [...joined, ...gazetteerSpans(text, joined, tokens)];
  const all = [...found, ...untaggedDemonyms(text, found, tokens)];
  for (const span of repairSpans(text, all)) cleanOne(text, span, out);
  const byPos = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    a.start - b.start || a.end - b.end;
  out.mentions.sort(byPos);
  out.demonyms.sort(byPos);
  return out;
}
