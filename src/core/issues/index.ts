/**
 * Every kind of issue that is not a validation rule (those are listed in validate/registry.ts):
 * what reading files, the catalog, last year's workbooks, consolidation and the report find.
 * One list, so an issue id means one thing with one severity and one wording everywhere, and
 * Kiểm tra, the JSON and the golden list of the examples' issues (test/examples) speak the same
 * ids. Issues are only made here (issueOf): a creation site gives the facts, never the
 * severity or the words. A test holds the sources to it (test/issueKinds.test.ts).
 */
import type { Issue, Severity } from "../types";
import { flat } from "../text/flat";
import { BOUNDARY_KINDS } from "./boundaries";
import { CATALOG_KINDS } from "./catalog";
import { CONSOLIDATION_KINDS } from "./consolidation";
import { FILE_KINDS } from "./files";
import { FORM_KINDS } from "./forms";
import type { KindSpec } from "./kind";
import { PREVIOUS_KINDS } from "./previous";
import { REPORT_KINDS } from "./report";
import { SUBMISSION_KINDS } from "./submissions";

export type { NotXlsx, SheetTooLarge } from "./files";
export type { BadParent, BadRatio } from "./catalog";
export type { FormerCandidate } from "./previous";
export type { NonAdditiveConflict, RateOutOfRange } from "./consolidation";
export type { AmbiguousUnit, SetAsideSheet, UnlistedSheet } from "./submissions";
export type { ChangedPeriod, RetypedUnit } from "./forms";
export type { NamedUnit, NoFacts } from "./kind";

/** By area, in the order Kiểm tra's readers meet them. */
const GROUPS = [
  FILE_KINDS,
  CATALOG_KINDS,
  PREVIOUS_KINDS,
  BOUNDARY_KINDS,
  FORM_KINDS,
  SUBMISSION_KINDS,
  CONSOLIDATION_KINDS,
  REPORT_KINDS,
] as const;

type Kinds = typeof FILE_KINDS &
  typeof CATALOG_KINDS &
  typeof PREVIOUS_KINDS &
  typeof BOUNDARY_KINDS &
  typeof FORM_KINDS &
  typeof SUBMISSION_KINDS &
  typeof CONSOLIDATION_KINDS &
  typeof REPORT_KINDS;

const KINDS: Kinds = Object.assign({}, ...GROUPS);

export type IssueKindId = keyof Kinds;

/** The facts the message of kind K is worded from. */
export type FactsOf<K extends IssueKindId> = Kinds[K] extends KindSpec<infer F> ? F : never;

/** Kinds about a whole file, whose facts name it. */
export type FileKindId = {
  [K in IssueKindId]: FactsOf<K> extends { file: string } ? K : never;
}[IssueKindId];

export interface IssueKind {
  id: IssueKindId;
  severity: Severity;
  /** What it tells the planner, in a line (the messages themselves name file, sheet, cell). */
  about: string;
}

export const ISSUE_KINDS: readonly IssueKind[] = GROUPS.flatMap((group) =>
  Object.entries(group).map(([id, k]: [string, KindSpec<never>]) => ({
    id: id as IssueKindId,
    severity: k.severity,
    about: k.about,
  })),
);

export function findIssueKind(id: string): IssueKind | undefined {
  return ISSUE_KINDS.find((k) => k.id === id);
}

/** Where an issue is: a file; a sheet of it; a cell (A1) of that sheet. */
export interface Place {
  file: string;
  sheet?: string | null;
  cell?: string | null;
}

function specOf<K extends IssueKindId>(id: K): KindSpec<FactsOf<K>> {
  // Each entry of KINDS is a KindSpec of its own facts; TypeScript cannot follow that through
  // the generic index, so it is said once here.
  return KINDS[id] as unknown as KindSpec<FactsOf<K>>;
}

/** The message of kind `id` for these facts (for texts shown beside the issue, as a note). */
export function messageOf<K extends IssueKindId>(id: K, facts: FactsOf<K>): string {
  return specOf(id).message(facts);
}

/** The issue of kind `id`, at its registered severity, worded from `facts`. */
export function issueOf<K extends IssueKindId>(id: K, facts: FactsOf<K>, place: Place): Issue {
  const spec = specOf(id);
  return {
    file: place.file,
    sheet: place.sheet ?? null,
    cell: place.cell ?? null,
    severity: spec.severity,
    rule: id,
    message: flat(spec.message(facts)),
  };
}

/** The issue of a kind about a whole file: the file its facts name. */
export function fileIssueOf<K extends FileKindId>(id: K, facts: FactsOf<K>): Issue {
  return issueOf(id, facts, { file: (facts as { file: string }).file });
}
