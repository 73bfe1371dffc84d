/**
 * How the issue list is laid out: grouped by file and sheet, the worst groups first, errors
 * first inside a group, and counts by severity for the badges at the top.
 */
import type { Issue, Severity } from "../../core/types";
import { BATCH_ISSUES_LABEL } from "../../core/output/issuesSheet";

export const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface IssueGroup {
  /** Stable key for rendering. */
  key: string;
  file: string;
  /** null for issues about a whole file. */
  sheet: string | null;
  issues: Issue[];
  counts: Record<Severity, number>;
}

export function countBySeverity(issues: readonly Issue[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}

function worst(counts: Record<Severity, number>): number {
  return counts.error > 0 ? 0 : counts.warning > 0 ? 1 : 2;
}

export function groupIssues(issues: readonly Issue[]): IssueGroup[] {
  const byKey = new Map<string, IssueGroup>();
  for (const issue of issues) {
    const key = `${issue.file}\u0000${issue.sheet ?? ""}`;
    let group = byKey.get(key);
    if (group === undefined) {
      group = {
        key,
        file: issue.file,
        sheet: issue.sheet,
        issues: [],
        counts: { error: 0, warning: 0, info: 0 },
      };
      byKey.set(key, group);
    }
    group.issues.push(issue);
    group.counts[issue.severity] += 1;
  }
  const groups = [...byKey.values()];
  // Stable sort keeps the core's order (by cell) among issues of the same severity.
  for (const group of groups) group.issues.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  groups.sort(
    (a, b) =>
      worst(a.counts) - worst(b.counts) ||
      a.file.localeCompare(b.file, "vi") ||
      (a.sheet ?? "").localeCompare(b.sheet ?? "", "vi"),
  );
  return groups;
}

// ───────────── by reporting unit, with filters (a province's 3 000 issues) ─────────────

/** Key of a sheet in the unit map the controller keeps (issue.file + issue.sheet). */
export function issueUnitKey(file: string, sheet: string | null): string {
  return `${file}\u0000${sheet ?? ""}`;
}

/**
 * The unit an issue is about: the sheet's reporting unit, else its sheet, else its file; an
 * issue of the whole batch names none, and is listed as such rather than under "".
 */
export function unitOf(issue: Issue, units: Readonly<Record<string, string>>): string {
  return (
    units[issueUnitKey(issue.file, issue.sheet)] ??
    issue.sheet ??
    (issue.file || BATCH_ISSUES_LABEL)
  );
}

export interface UnitGroup {
  unit: string;
  issues: Issue[];
  counts: Record<Severity, number>;
}

export interface IssueFilter {
  severity: Severity | null;
  unit: string | null;
  rule: string | null;
  /** Typed by the planner; matched without regard to case or diacritics. */
  query: string;
}

export const NO_FILTER: IssueFilter = { severity: null, unit: null, rule: null, query: "" };

/** "Đơn vị" and "don vi" match alike: planners often type without diacritics. */
export function searchKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
}

export function filterIssues(
  issues: readonly Issue[],
  filter: IssueFilter,
  units: Readonly<Record<string, string>>,
): Issue[] {
  // One phrase, not loose words: "xa so 3" must not match every cell address with a 3.
  const phrase = searchKey(filter.query).replace(/\s+/g, " ").trim();
  return issues.filter((issue) => {
    if (filter.severity !== null && issue.severity !== filter.severity) return false;
    if (filter.rule !== null && issue.rule !== filter.rule) return false;
    if (filter.unit !== null && unitOf(issue, units) !== filter.unit) return false;
    if (phrase === "") return true;
    const text = searchKey(
      [issue.message, issue.file, issue.sheet ?? "", issue.cell ?? "", unitOf(issue, units)].join(
        " | ",
      ),
    ).replace(/\s+/g, " ");
    return text.includes(phrase);
  });
}

/** Units with errors first, then by name; inside a unit errors first, the core's order kept. */
export function groupByUnit(
  issues: readonly Issue[],
  units: Readonly<Record<string, string>>,
): UnitGroup[] {
  const byUnit = new Map<string, UnitGroup>();
  for (const issue of issues) {
    const unit = unitOf(issue, units);
    let group = byUnit.get(unit);
    if (group === undefined) {
      group = { unit, issues: [], counts: { error: 0, warning: 0, info: 0 } };
      byUnit.set(unit, group);
    }
    group.issues.push(issue);
    group.counts[issue.severity] += 1;
  }
  const groups = [...byUnit.values()];
  for (const group of groups) group.issues.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  groups.sort((a, b) => worst(a.counts) - worst(b.counts) || a.unit.localeCompare(b.unit, "vi"));
  return groups;
}

/** Each value with how many issues have it, most frequent first: the filter's choices. */
export function tally(values: readonly string[]): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, "vi"));
}
