/**
 * The figures a draft is checked against: the consolidation in memory (the pane), or the
 * "Tổng hợp" sheet of a consolidated workbook (`--summary`), read as any indicator sheet is.
 */
import { createMatcher } from "../catalog";
import type { Summary } from "../consolidate/types";
import { parseSheet } from "../parse";
import { matchKey } from "../text/normalize";
import type { Catalog, SheetGrid } from "../types";
import { resolveSheet } from "../validate/resolve";
import type { SummaryFact } from "./types";

export function summaryFacts(summary: Summary): SummaryFact[] {
  return summary.rows
    .filter((r) => !r.notConsolidable)
    .map((r) => ({
      name: r.name,
      unit: r.measureUnit,
      current: r.current,
      previous: r.previous,
      // A plan the summary did not compare with (given by some units only) is no base either.
      plans: r.plans.flatMap((p) =>
        p.value?.kind === "number" && p.pct !== null
          ? [{ title: p.title, value: p.value.value }]
          : [],
      ),
      yoyComparable: r.yoy !== null,
    }));
}

export type SummaryFactsRead =
  { ok: true; facts: SummaryFact[]; sheet: string } | { ok: false; message: string };

/** Facts from a consolidated workbook's "Tổng hợp" sheet (or its first indicator sheet). */
export function summaryFactsFromGrids(grids: SheetGrid[], catalog: Catalog): SummaryFactsRead {
  const parsed = grids.map(parseSheet);
  const sheets = parsed.flatMap((p) => (p.kind === "sheet" ? [p.sheet] : []));
  const chosen = sheets.find((s) => matchKey(s.sheetName) === matchKey("Tổng hợp")) ?? sheets[0];
  if (!chosen) {
    return {
      ok: false,
      message:
        "không có trang tổng hợp nào (trang có cột “Chỉ tiêu”, “ĐVT” và “Thực hiện”), như trang “Tổng hợp” do TongHop tạo ra",
    };
  }
  const resolved = resolveSheet(chosen, createMatcher(catalog));
  const facts: SummaryFact[] = [];
  for (const rr of resolved.rows) {
    if (rr.row.isHeading || (rr.row.current === null && rr.row.previous === null)) continue;
    facts.push({
      name: rr.row.name,
      unit: rr.row.unit ?? "",
      current: rr.row.current?.value ?? null,
      previous: rr.row.previous?.value ?? null,
      // The sheet's "So sánh" columns say whether it compared: blank, it did not.
      plans:
        rr.row.ratioPlan && rr.row.ratioPlan.value === null
          ? []
          : rr.row.plans.flatMap((p) =>
              p.value?.kind === "number" ? [{ title: p.title, value: p.value.value }] : [],
            ),
      ...(rr.row.ratioYoy ? { yoyComparable: rr.row.ratioYoy.value !== null } : {}),
    });
  }
  return { ok: true, facts, sheet: chosen.sheetName };
}
