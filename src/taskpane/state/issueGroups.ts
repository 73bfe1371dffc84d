/**
 * How the issue list is laid out: grouped by file and sheet, the worst groups first, errors
 * first inside a group, and counts by severity for the badges at the top.
 */
import type { Issue, Severity } from "../../core/types";

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
