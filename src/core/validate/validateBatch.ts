/**
 * Validating a batch: every parsed sheet is resolved against the catalog, every rule of the
 * registry runs, and the issues come back in one order that does not depend on the order the
 * files were given in.
 */
import { parseA1 } from "../a1";
import { flat } from "../text/flat";
import { createMatcher } from "../catalog";
import type { Catalog, IndicatorSheet, Issue, ParseResult, Severity } from "../types";
import { ALL_RULES, forgetRuleMemos } from "./registry";
import { resolveSheet } from "./resolve";
import { separateNamesakes } from "./namesakes";
import {
  DEFAULT_OPTIONS,
  type Finding,
  type ResolvedSheet,
  type Rule,
  type RuleContext,
  type SkippedSheet,
  type ValidateOptions,
  type ValidationResult,
} from "./types";

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Plain code-point order: the same on every host, whatever its ICU data. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An issue with its cell parsed once: sorting compares each issue many times. */
interface Keyed {
  issue: Issue;
  row: number;
  col: number;
}

function keyed(issue: Issue): Keyed {
  if (issue.cell === null) return { issue, row: -1, col: -1 };
  const p = parseA1(issue.cell);
  return p ? { issue, row: p.row, col: p.col } : { issue, row: Number.MAX_SAFE_INTEGER, col: 0 };
}

function compareKeyed(x: Keyed, y: Keyed): number {
  const a = x.issue;
  const b = y.issue;
  return (
    cmp(a.file, b.file) ||
    cmp(a.sheet ?? "", b.sheet ?? "") ||
    (a.sheet === null ? 0 : 1) - (b.sheet === null ? 0 : 1) ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    x.row - y.row ||
    x.col - y.col ||
    cmp(a.rule, b.rule) ||
    cmp(a.message, b.message)
  );
}

/** By file, sheet (whole-file issues first), severity (error, warning, info), then cell. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return issues
    .map(keyed)
    .sort(compareKeyed)
    .map((k) => k.issue);
}

function toIssue(rule: Rule, f: Finding): Issue {
  return {
    file: f.sheet.file,
    sheet: f.sheet.sheetName,
    cell: f.cell,
    severity: f.severity ?? rule.severity,
    rule: rule.id,
    // Kept as long as the run: one flat string, not the rope of pieces the rule built.
    message: flat(f.message),
  };
}

function bySheet(
  a: { file: string; sheetName: string },
  b: { file: string; sheetName: string },
): number {
  return cmp(a.file, b.file) || cmp(a.sheetName, b.sheetName);
}

export function validateBatch(
  inputs: readonly ParseResult[],
  catalog: Catalog,
  options?: Partial<ValidateOptions>,
): ValidationResult {
  const match = createMatcher(catalog);
  const opts: ValidateOptions = { ...DEFAULT_OPTIONS, ...stripUndefined(options ?? {}) };
  const skipped: SkippedSheet[] = [];
  const given: IndicatorSheet[] = [];
  for (const input of inputs) {
    if (input.kind === "sheet") given.push(input.sheet);
    else skipped.push(input);
  }
  const namesakes = opts.unitsFromList ? { sheets: given, issues: [] } : separateNamesakes(given);
  const sheets: ResolvedSheet[] = namesakes.sheets.map((s) => resolveSheet(s, match));
  sheets.sort(bySheet);
  skipped.sort((a, b) => cmp(a.file, b.file) || cmp(a.sheet, b.sheet));
  const ctx: RuleContext = { catalog, options: opts, skipped };
  const issues: Issue[] = [...namesakes.issues];
  for (const rule of ALL_RULES) {
    if (rule.scope === "sheet") {
      for (const s of sheets) for (const f of rule.check(s, ctx)) issues.push(toIssue(rule, f));
    } else {
      for (const f of rule.check(sheets, ctx)) issues.push(toIssue(rule, f));
    }
  }
  for (const s of sheets) forgetRuleMemos(s);
  return { sheets, skipped, issues: sortIssues(issues) };
}

/** `{ yoyThreshold: undefined }` must not wipe out the default. */
function stripUndefined<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o))
    if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
