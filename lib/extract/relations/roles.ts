/**
 * Role patterns: a person's title with its owner becomes ROLE_OF. "Iran's President Ebrahim Raisi",
 * "Russian President Vladimir Putin" (the demonym names the country), "Kremlin spokesman Dmitry Peskov",
 * "EU foreign policy chief Kaja Kallas" → FOREIGN_POLICY_CHIEF_OF; "X, the president of Y", "X, Y's
 * ambassador to Z" (also AMBASSADOR_TO Z), "Y's spy chief, X". The role words come from the gazetteer; the
 * predicate is the role phrase in UPPER_SNAKE + "_OF" (spokesman/spokeswoman → SPOKESPERSON).
 */
import { isRoleHead, isRoleWord, mayOwnRole, roleName } from "../gazetteer";
import type { RelationCandidate, RelMention, SentenceContext, Unit } from "./types";
import { RELATABLE } from "./types";
import { isPossessiveUnit, isWord, POSSESSIVE_DETERMINERS } from "./units";

/** Role words that take "to" + a country ("ambassador to Mexico"). */
const TO_ROLES = new Set(["ambassador", "envoy", "representative", "adviser", "advisor", "consul"]);

function mentionAt(units: Unit[], i: number): RelMention | undefined {
  const u = units[i];
  return u?.kind === "mention" ? u.mention : undefined;
}

/** Owners are places, organisations (news outlets too: "BBC political editor X"), events or demonyms; "Moazzam
 * Begg's Labour MP" is no office of a person. */
function isOwner(m: RelMention | undefined): m is RelMention {
  return m !== undefined && (m.demonym === true || (RELATABLE.has(m.type) && m.type !== "PERSON"));
}

/** Words that may follow a role phrase or its owner: anything else means the phrase goes on ("principal consultant",
 * "Telekom Austria's fixed line division"). */
const PHRASE_END = new Set(
  "to of for at in on and who which said says told has had have was is were are will would since from with , . ; : ) —".split(
    " ",
  ),
);

function phraseEnds(u: Unit | undefined): boolean {
  if (u === undefined) return true;
  if (u.kind === "mention") return false;
  return PHRASE_END.has(u.lower) || !/^[\p{L}]/u.test(u.text) || /^\p{Lu}/u.test(u.text);
}

/** Role words ending just before index `end` (exclusive): returns their start index, or -1 when none end in a head. */
function roleWordsBefore(units: Unit[], end: number): number {
  let i = end - 1;
  if (!(units[i]?.kind === "word" && isRoleHead((units[i] as { text: string }).text))) return -1;
  while (i - 1 >= 0 && units[i - 1].kind === "word" && isRoleWord((units[i - 1] as { text: string }).text)) i--;
  return i;
}

/** The owner right before index `i`: "Iran 's" / "Kremlin" / "Russian". Returns [owner, index of owner] or undefined. */
function ownerBefore(units: Unit[], i: number): [RelMention, number] | undefined {
  if (isPossessiveUnit(units[i - 1])) {
    const m = mentionAt(units, i - 2);
    return isOwner(m) ? [m, i - 2] : undefined;
  }
  const m = mentionAt(units, i - 1);
  // "its UK chief executive X", "Swiss Re's Zurich spokesman X": after a possessor a place names where the post
  // is, not whose it is.
  const prev = units[i - 2];
  if (m?.type === "LOCATION" && !m.demonym && (isPossessiveUnit(prev) || isWord(prev, ...POSSESSIVE_DETERMINERS)))
    return undefined;
  // "Marsh chief executive X": a one-word name right before a title is an organisation the tagger took for a
  // person; "Begg's Labour MP" (possessive) stays excluded.
  const mistyped = m?.type === "PERSON" && !m.text.includes(" ");
  return isOwner(m) || mistyped ? [m!, i - 1] : undefined;
}

function clauseBoundary(u: Unit | undefined): boolean {
  return u?.kind === "word" && /^(?:[,;:(—–-]|and|but|while)$/.test(u.lower);
}

function wordsOf(units: Unit[], from: number, to: number): string[] {
  return units.slice(from, to).map((u) => (u.kind === "word" ? u.text : ""));
}

function candidate(
  person: RelMention,
  owner: RelMention,
  role: string,
  suffix: "_OF" | "_TO",
  confidence: number,
  pattern: string,
): RelationCandidate[] {
  if (owner.ref === person.ref) return [];
  // A hyphenated demonym ("Norwegian-Iranian") names two countries: not one owner.
  if (owner.demonym && owner.ref.includes("|")) return [];
  if (!mayOwnRole(role.split("_").at(-1)!, owner)) return [];
  return [{ source: person.ref, target: owner.ref, predicate: role + suffix, confidence, symmetric: false, pattern }];
}

/** "ambassador to Mexico": the country after "to". */
function toTarget(units: Unit[], roleEndWord: string, after: number): RelMention | undefined {
  if (!TO_ROLES.has(roleEndWord.toLowerCase()) || !isWord(units[after], "to")) return undefined;
  const m = mentionAt(units, after + 1) ?? (isWord(units[after + 1], "the") ? mentionAt(units, after + 2) : undefined);
  return isOwner(m) ? m : undefined;
}

/** [Owner]('s) role-words PERSON, and "Y's role, PERSON" / "Y's role, Z role PERSON". */
export function prenominalRoles(ctx: SentenceContext): RelationCandidate[] {
  const { units } = ctx;
  const out: RelationCandidate[] = [];
  units.forEach((u, p) => {
    if (u.kind !== "mention" || u.mention.type !== "PERSON") return;
    const person = u.mention;
    let blockStart = p;
    const rs = roleWordsBefore(units, p);
    if (rs >= 0) {
      const role = roleName(wordsOf(units, rs, p));
      const owner = ownerBefore(units, rs);
      if (role && owner) {
        out.push(...candidate(person, owner[0], role, "_OF", owner[0].demonym ? 0.8 : 0.85, "role-prenominal"));
        blockStart = owner[1];
      } else {
        blockStart = rs;
      }
    }
    // Apposition before: "Britain's domestic spy chief, [MI5 Director General] Ken McCallum".
    if (isWord(units[blockStart - 1], ",")) {
      let end = blockStart - 1;
      // "Israel's ambassador to Mexico, Einat Kranz Neiger": skip "to Mexico".
      let toMention: RelMention | undefined;
      if (units[end - 1]?.kind === "mention" && isWord(units[end - 2], "to")) {
        toMention = mentionAt(units, end - 1);
        end -= 2;
      }
      const rs2 = roleWordsBefore(units, end);
      if (rs2 >= 0) {
        const words = wordsOf(units, rs2, end);
        const role = roleName(words);
        const owner = ownerBefore(units, rs2);
        // The block must open its clause ("Britain's spy chief, X said"), not end one ("as US President, X said").
        const opens = owner !== undefined && (owner[1] === 0 || clauseBoundary(units[owner[1] - 1]));
        if (role && owner && opens) {
          out.push(...candidate(person, owner[0], role, "_OF", 0.75, "role-apposition-before"));
          if (toMention && TO_ROLES.has(words[words.length - 1].toLowerCase()) && isOwner(toMention))
            out.push(...candidate(person, toMention, role, "_TO", 0.7, "role-apposition-before"));
        }
      }
    }
  });
  return out;
}

/** PERSON, (the) role-words of (the) OWNER — PERSON, OWNER's role-words (to Z) — PERSON, OWNER role-words. */
export function appositiveRoles(ctx: SentenceContext): RelationCandidate[] {
  const { units } = ctx;
  const out: RelationCandidate[] = [];
  units.forEach((u, p) => {
    if (u.kind !== "mention" || u.mention.type !== "PERSON" || !isWord(units[p + 1], ",")) return;
    const person = u.mention;
    let i = p + 2;
    if (isWord(units[i], "the", "a", "an")) i++;
    // "the president of Y"
    let j = i;
    while (units[j]?.kind === "word" && isRoleWord((units[j] as { text: string }).text)) j++;
    if (j > i && isWord(units[j], "of")) {
      const role = roleName(wordsOf(units, i, j));
      let k = j + 1;
      if (isWord(units[k], "the")) k++;
      const owner = mentionAt(units, k);
      if (role && isOwner(owner) && !owner.demonym && phraseEnds(units[k + 1]) && !isPossessiveUnit(units[k + 1]))
        out.push(...candidate(person, owner, role, "_OF", 0.75, "role-appositive-of"));
      return;
    }
    // "Y's ambassador to Z" / "Y ambassador"
    const owner = mentionAt(units, i);
    if (!isOwner(owner)) return;
    let r = i + 1;
    if (isPossessiveUnit(units[r])) r++;
    let e = r;
    while (units[e]?.kind === "word" && isRoleWord((units[e] as { text: string }).text)) e++;
    if (e === r) return;
    const words = wordsOf(units, r, e);
    const role = roleName(words);
    if (!role || !phraseEnds(units[e])) return;
    out.push(...candidate(person, owner, role, "_OF", 0.75, "role-appositive-owner"));
    const to = toTarget(units, words[words.length - 1], e);
    if (to) out.push(...candidate(person, to, role, "_TO", 0.7, "role-appositive-owner"));
  });
  return out;
}
