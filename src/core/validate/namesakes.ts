/**
 * Units of one name, told apart by their codes. Four former communes of Lạng Sơn were all "Xã
 * Hòa Bình" (06103, 06364, …): by name alone their 2025 sheets were one unit that sent four
 * times (validate advised keeping one: a commune's figures deleted), and consolidation counted
 * only the "newest copy". Where sheets of one name give different codes (a "Mã đơn vị" cell, a
 * TongHop form's marker), each is named with its code, so every later step — copies, totals,
 * the same-units rule of cùng kỳ, the tables by unit — sees as many units as there are. A sheet
 * of that name without a code cannot be told: it is left out, with an error saying so.
 */
import { issueOf } from "../issues";
import { matchKey } from "../text/normalize";
import type { IndicatorSheet, Issue } from "../types";

/** "06103" and 6103 are one code. */
function codeKey(code: string): string {
  return /^\d+$/.test(code) ? code.replace(/^0+(?=\d)/, "") : matchKey(code);
}

function codeOf(sheet: IndicatorSheet): string | null {
  const code = (sheet.formMarker?.unitCode ?? sheet.unitCode?.value ?? "").trim();
  return code === "" ? null : code;
}

export function separateNamesakes(sheets: readonly IndicatorSheet[]): {
  sheets: IndicatorSheet[];
  issues: Issue[];
} {
  const byName = new Map<string, IndicatorSheet[]>();
  for (const s of sheets) {
    const name = s.reportingUnit?.value.trim();
    if (!name) continue;
    const key = matchKey(name);
    const g = byName.get(key);
    if (g) g.push(s);
    else byName.set(key, [s]);
  }
  const renamed = new Map<IndicatorSheet, IndicatorSheet | null>();
  const issues: Issue[] = [];
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    // The code as first written stands for all its spellings.
    const shown = new Map<string, string>();
    for (const s of group) {
      const code = codeOf(s);
      // 6274 typed as a number is commune 06274: written so, boundaries match it by code.
      const written = code !== null && /^\d{3,4}$/.test(code) ? code.padStart(5, "0") : code;
      if (code !== null && !shown.has(codeKey(code))) shown.set(codeKey(code), written!);
    }
    if (shown.size < 2) continue;
    const codes = [...shown.values()];
    for (const s of group) {
      const unit = s.reportingUnit!;
      const code = codeOf(s);
      if (code === null) {
        renamed.set(s, null);
        issues.push(
          issueOf(
            "submission-code-needed",
            { unit: unit.value, codes },
            { file: s.file, sheet: s.sheetName, cell: unit.cell },
          ),
        );
        continue;
      }
      const label = `${unit.value} (mã ${shown.get(codeKey(code))})`;
      renamed.set(s, { ...s, reportingUnit: { ...unit, value: label } });
    }
  }
  if (renamed.size === 0) return { sheets: [...sheets], issues };
  const out: IndicatorSheet[] = [];
  for (const s of sheets) {
    const r = renamed.get(s);
    if (r === undefined) out.push(s);
    else if (r !== null) out.push(r);
  }
  return { sheets: out, issues };
}
