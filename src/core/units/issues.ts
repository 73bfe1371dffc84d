/** The issues tracking adds to a run: a sheet set aside for a newer one, a name that fits several units. */
import { issueOf } from "../issues";
import type { Issue } from "../types";
import type { SetAside, Tracking } from "./track";

/** "2026-07-10" → "10/07/2026", as a planner writes a date. */
export function viDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

function setAsideIssue(s: SetAside): Issue {
  return issueOf(
    "submission-set-aside",
    {
      sheet: s.sheet,
      unit: s.unit.name,
      used: { file: s.used.file, sheet: s.used.sheet },
      usedDate: s.used.date ? viDate(s.used.date) : null,
    },
    { file: s.file, sheet: s.sheet },
  );
}

export function trackingIssues(tracking: Tracking): Issue[] {
  const issues = tracking.setAside.map(setAsideIssue);
  for (const { sheet, candidates } of tracking.ambiguous) {
    issues.push(
      issueOf(
        "submission-unit-ambiguous",
        { unitName: sheet.unitName ?? "", candidates },
        { file: sheet.file, sheet: sheet.sheet, cell: sheet.unitCell ?? null },
      ),
    );
  }
  return issues;
}
