/**
 * The summary table as text cells in Vietnamese number format, for the report's appendix: a
 * planner's Excel may use English separators, and Word keeps whatever text it is given, so the
 * figures are written out here rather than left to a number format.
 */
import type { Summary, SummaryRow } from "../consolidate/types";
import { formatViNumber } from "../text/vnNumber";
import { decimalsFor } from "./figures";
import type { SummaryTable } from "./types";
import { lowerFirst, planTitleInSentence, upperFirst } from "./words";

/** Ratios in the table: two decimals, like the "Tổng hợp" sheet, so columns line up. */
const TABLE_PCT_DECIMALS = 2;

/**
 * One heading per plan column. Departments title the same column differently ("Kế hoạch năm
 * 2026" for most, "Dự toán tỉnh giao" for the budget): every title used is shown, so no figure
 * sits under a heading that is not its own.
 */
function planTitles(summary: Summary): string[] {
  const count = Math.max(0, ...summary.rows.map((r) => r.plans.length));
  const titles: string[] = [];
  for (let i = 0; i < count; i++) {
    const used = new Set<string>();
    for (const r of summary.rows) {
      const t = r.plans[i]?.title;
      if (t && r.plans[i].value) used.add(upperFirst(planTitleInSentence(t)));
    }
    titles.push(used.size > 0 ? [...used].join(" / ") : "Kế hoạch");
  }
  return titles;
}

function value(row: SummaryRow, v: number | null): string {
  return v === null ? "" : formatViNumber(v, decimalsFor(v, row.decimals));
}

function pct(v: number | null): string {
  return v === null || !Number.isFinite(v) ? "" : formatViNumber(v, TABLE_PCT_DECIMALS);
}

function note(row: SummaryRow): string {
  const notes: string[] = [];
  if (row.notConsolidable) notes.push("Không tổng hợp được");
  for (const p of row.plans) if (p.judgement) notes.push(p.judgement);
  if (row.incomplete.length > 0) notes.push("Số liệu chưa đầy đủ");
  return notes.join("; ");
}

export function summaryTable(summary: Summary, caption: string): SummaryTable {
  const plans = planTitles(summary);
  const period = summary.period?.label ?? "kỳ báo cáo";
  const columns = [
    "STT",
    "Chỉ tiêu",
    "ĐVT",
    "Thực hiện cùng kỳ năm trước",
    ...plans,
    `Thực hiện ${lowerFirst(period)}`,
    "So với cùng kỳ (%)",
    ...plans.map((p) => `So với ${p.split(" / ").map(lowerFirst).join(" / ")} (%)`),
    "Ghi chú",
  ];
  const rows: SummaryTable["rows"] = [];
  for (const section of summary.sections) {
    const inSection = summary.rows.filter((r) => r.section === section.id);
    if (inSection.length === 0) continue;
    const head = [section.stt, section.name.toLocaleUpperCase("vi")];
    while (head.length < columns.length) head.push("");
    rows.push({ cells: head, level: 0 });
    for (const row of inSection) {
      const yoyPct = row.yoy && row.previous ? (row.current! / row.previous) * 100 : null;
      const cells = [
        row.stt,
        row.isComponent ? `Trong đó: ${lowerFirst(row.name)}` : row.name,
        row.unit,
        value(row, row.previous),
        ...plans.map((_, i) => {
          const p = row.plans[i]?.value;
          if (!p) return "";
          return p.kind === "number" ? value(row, p.value) : p.text;
        }),
        row.notConsolidable ? "" : value(row, row.current),
        pct(yoyPct),
        ...plans.map((_, i) => pct(row.plans[i]?.pct ?? null)),
        note(row),
      ];
      rows.push({ cells, level: row.isComponent ? 2 : 1 });
    }
  }
  return {
    title: `BẢNG TỔNG HỢP CHỈ TIÊU KINH TẾ - XÃ HỘI${summary.period ? " " + summary.period.label.toLocaleUpperCase("vi") : ""}`,
    caption,
    columns,
    rows,
  };
}
