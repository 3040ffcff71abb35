/**
 * The relation pattern registry: each entry reads one kind of relation from a sentence. Adding a pattern is
 * adding an entry.
 */
import { actionRelations } from "./actions";
import { appositiveRoles, prenominalRoles } from "./roles";
import type { RelationPattern } from "./types";

export const RELATION_PATTERNS: readonly RelationPattern[] = [
  {
    id: "role-prenominal",
    description: 'Owner + title before a person: "Iran\'s President Ebrahim Raisi", "Kremlin spokesman Dmitry Peskov"',
    fn: prenominalRoles,
  },
  {
    id: "role-appositive",
    description: 'Title in apposition after a person: "X, the president of Y", "X, Y\'s ambassador to Z"',
    fn: appositiveRoles,
  },
  {
    id: "action-svo",
    description: 'Subject–verb–object with a lexicon verb: "Putin hosted Raisi", "X was arrested by Y", "X and Y met"',
    fn: actionRelations,
  },
];
