/** Unit tests of the organisation-name joins (org-names.ts) on real BBC sentences, as the tagger cut them. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { joinOrgNames } from "./org-names";
import type { EntitySpan } from "../types";

function spans(text: string, parts: [string, EntitySpan["type"]][]): EntitySpan[] {
  let from = 0;
  return parts.map(([surface, type]) => {
    const start = text.indexOf(surface, from);
    from = start + surface.length;
    return { start, end: start + surface.length, text: surface, type };
  });
}

const names = (s: EntitySpan[]) => s.map((x) => `${x.text}/${x.type}`);

test("a head word and 'of'/'for (the)' join two pieces into one organisation", () => {
  const a = "The pair both worked at Bank of China in the northern city of Harbin.";
  assert.deepEqual(
    names(
      joinOrgNames(
        a,
        spans(a, [
          ["Bank", "ORGANIZATION"],
          ["China", "LOCATION"],
          ["Harbin", "LOCATION"],
        ]),
      ),
    ),
    ["Bank of China/ORGANIZATION", "Harbin/LOCATION"],
  );
  const b = "said Jan Egeland, head of the UN Office for the Coordination of Humanitarian Affairs.";
  assert.deepEqual(
    names(
      joinOrgNames(
        b,
        spans(b, [
          ["Jan Egeland", "PERSON"],
          ["UN Office", "ORGANIZATION"],
          ["Coordination of Humanitarian Affairs", "ORGANIZATION"],
        ]),
      ),
    ),
    ["Jan Egeland/PERSON", "UN Office for the Coordination of Humanitarian Affairs/ORGANIZATION"],
  );
  const c = "said David Wyss of Standard & Poor's in New York.";
  assert.deepEqual(
    names(
      joinOrgNames(
        c,
        spans(c, [
          ["David Wyss", "PERSON"],
          ["Standard", "LOCATION"],
          ["Poor's", "LOCATION"],
          ["New York", "LOCATION"],
        ]),
      ),
    ),
    ["David Wyss/PERSON", "Standard & Poor's/ORGANIZATION", "New York/LOCATION"],
  );
});

test("no join without a head word, across a person, before 'the' and a place, or across a line break", () => {
  const a = "Talks between the Kremlin of Vladimir Putin and Iran went on.";
  const s = spans(a, [
    ["Kremlin", "ORGANIZATION"],
    ["Vladimir Putin", "PERSON"],
    ["Iran", "LOCATION"],
  ]);
  assert.deepEqual(names(joinOrgNames(a, s)), names(s));
  const b = "the president of France met the chairman of Airbus";
  const t = spans(b, [
    ["France", "LOCATION"],
    ["Airbus", "ORGANIZATION"],
  ]);
  assert.deepEqual(names(joinOrgNames(b, t)), names(t));
  const d = "General Motors of the US paid Fiat $2bn.";
  const v = spans(d, [
    ["General Motors", "ORGANIZATION"],
    ["US", "LOCATION"],
    ["Fiat", "ORGANIZATION"],
  ]);
  assert.deepEqual(names(joinOrgNames(d, v)), names(v));
  const c = "Shares in the Bank\nof England fell.";
  const u = spans(c, [
    ["Bank", "ORGANIZATION"],
    ["England", "LOCATION"],
  ]);
  assert.deepEqual(names(joinOrgNames(c, u)), names(u));
});

test("a name the gazetteer knows whole joins across 'of': House + Lords (BBC politics)", () => {
  const a = "He has not been seen in the House of Lords since his release from prison in July 2003.";
  assert.deepEqual(
    names(
      joinOrgNames(
        a,
        spans(a, [
          ["House", "ORGANIZATION"],
          ["Lords", "ORGANIZATION"],
        ]),
      ),
    ),
    ["House of Lords/ORGANIZATION"],
  );
  // Not known whole and no organisation head word: the pieces stay apart.
  const b = "He met the Friends of Lords in May.";
  assert.deepEqual(
    names(
      joinOrgNames(
        b,
        spans(b, [
          ["Friends", "ORGANIZATION"],
          ["Lords", "ORGANIZATION"],
        ]),
      ),
    ),
    ["Friends/ORGANIZATION", "Lords/ORGANIZATION"],
  );
});
