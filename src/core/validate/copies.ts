/**
 * Which of a unit's sheets counts when two report the same indicator for one period: the one
 * made last (its Ngày lập), as a planner keeps the corrected copy a commune sends again; with
 * no date to tell them apart, the first in file and sheet order, as before. Validation flags
 * the others and consolidation counts the same one.
 */
import type { ResolvedSheet } from "./types";

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** ISO yyyy-mm-dd of the sheet's Ngày lập, or "" when it has none that reads as a date. */
export function madeOn(sheet: ResolvedSheet): string {
  const d = sheet.parsed.date?.value ?? "";
  return /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : "";
}

/** `group` (one unit, one period) with the sheet that counts first: newest, then file order. */
export function byPreference(group: readonly ResolvedSheet[]): ResolvedSheet[] {
  return [...group].sort(
    (a, b) => cmp(madeOn(b), madeOn(a)) || cmp(a.file, b.file) || cmp(a.sheetName, b.sheetName),
  );
}
