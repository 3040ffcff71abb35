/**
 * A verb's object written after a fronted oblique: "Putin received at the Kremlin Iran's President Ebrahim
 * Raisi". The parser reads the whole stretch as one oblique headed by the person ("at … Raisi"), so the verb
 * seems to have no object. When an oblique headed by a person holds, between its preposition and the person,
 * a complete other name (one not owning the person: no possessive after it, and a new name or article right
 * after it), the person is the verb's object and that name the oblique's. Pure.
 */
import type { Arg, TreeContext } from "./context";
import { mentionOf } from "./context";

export function frontedObject(ctx: TreeContext, obl: number): { object: Arg; place: Arg } | undefined {
  const { doc } = ctx;
  const person = mentionOf(ctx, obl);
  if (!person || person.type !== "PERSON") return undefined;
  const span = doc.charSpan(person.start, person.end);
  const prep = doc.children(obl).find((c) => doc.deprel[c] === "case" && c < obl);
  if (!span || prep === undefined) return undefined;
  for (let i = prep + 1; i < span.start; i++) {
    const m = mentionOf(ctx, i);
    if (!m || m.type === "PERSON" || m.demonym) continue;
    let end = i;
    while (end < span.start && mentionOf(ctx, end) === m) end++;
    const next = doc.form[end] ?? "";
    const startsNew = (mentionOf(ctx, end) !== undefined && mentionOf(ctx, end) !== m) || doc.upos[end] === "DET";
    if (end >= span.start || /^['’]s?$/.test(next) || !startsNew) return undefined;
    return { object: { mention: person, token: obl }, place: { mention: m, token: end - 1 } };
  }
  return undefined;
}
