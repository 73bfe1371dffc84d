/**
 * Which of a unit's sheets counts when two report the same indicator for one period: the one
 * made last (its Ngày lập), as a planner keeps the corrected copy a commune sends again; with
 * no date to tell them apart, the first in file and sheet order, as before. Validation flags
 * the others and consolidation counts the same one.
 */
import { matchKey } from "../text/normalize";
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

/** The unit code a sheet gives (its form's marker, else a "Mã đơn vị" cell), "06103" = 6103. */
function unitCodeOf(sheet: ResolvedSheet): string | null {
  const code = (sheet.parsed.formMarker?.unitCode ?? sheet.parsed.unitCode?.value ?? "").trim();
  if (code === "") return null;
  return /^\d+$/.test(code) ? code.replace(/^0+(?=\d)/, "") : matchKey(code);
}

/**
 * The sheets of each unit for each period, as copies of one another: by the unit's name, and
 * by its code where sheets of one name give different codes. Four former communes were all
 * “Xã Hòa Bình”: their sheets are four units, not a unit that sent four times. A sheet without
 * a code stays with the others of its name when they agree on one code.
 */
export function unitCopies(
  sheets: Iterable<ResolvedSheet>,
  nameOf: (sheet: ResolvedSheet) => string | null,
): ResolvedSheet[][] {
  const byName = new Map<string, ResolvedSheet[]>();
  for (const s of sheets) {
    const name = nameOf(s);
    if (name === null) continue;
    const id = matchKey(name) + "\u0000" + (s.parsed.period?.key ?? "");
    const g = byName.get(id);
    if (g) g.push(s);
    else byName.set(id, [s]);
  }
  const out: ResolvedSheet[][] = [];
  for (const group of byName.values()) {
    const byCode = new Map<string | null, ResolvedSheet[]>();
    for (const s of group) {
      const code = unitCodeOf(s);
      const g = byCode.get(code);
      if (g) g.push(s);
      else byCode.set(code, [s]);
    }
    const codes = [...byCode.keys()].filter((c) => c !== null);
    if (codes.length < 2) out.push(group);
    else out.push(...byCode.values());
  }
  return out;
}
