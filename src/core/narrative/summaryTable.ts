/**
 * The summary table as text cells in Vietnamese number format, for the report's appendix: a
 * planner's Excel may use English separators, and Word keeps whatever text it is given, so the
 * figures are written out here rather than left to a number format.
 */
import type { Summary, SummaryRow } from "../consolidate/types";
import { formatViNumber } from "../text/vnNumber";
import { rowDecimals, rowFigures } from "../output/cells";
import { decimalsFor } from "./figures";
import {
  planHeading,
  planRatio,
  planValue,
  summaryColumns,
  yoyRatio,
  type SummaryColumn,
} from "../output/summaryColumns";
import type { SummaryTable } from "./types";
import { lowerFirst } from "./words";

/** Ratios in the table: two decimals, like the "Tổng hợp" sheet, so columns line up. */
const TABLE_PCT_DECIMALS = 2;

function heading(column: SummaryColumn, period: string): string {
  switch (column.kind) {
    case "stt":
      return "STT";
    case "code":
      return "Mã chỉ tiêu";
    case "name":
      return "Chỉ tiêu";
    case "unit":
      return "ĐVT";
    case "previous":
      return "Thực hiện cùng kỳ năm trước";
    case "plan":
      return planHeading(column.plan);
    case "current":
      return `Thực hiện ${lowerFirst(period)}`;
    case "yoyRatio":
      return "So với cùng kỳ (%)";
    case "planRatio":
      return `So với ${planHeading(column.plan).split(" / ").map(lowerFirst).join(" / ")} (%)`;
    case "note":
      return "Ghi chú";
  }
}

/** A row's figures with one number of decimals, as the "Tổng hợp" sheet shows them. */
function value(row: SummaryRow, v: number | null): string {
  if (v === null) return "";
  const text = formatViNumber(v, rowDecimals(rowFigures(row), row.decimals));
  // 0,004 at two decimals would read 0,00: nothing real reads as zero (decimalsFor's rule).
  return v !== 0 && /^-?[0.,]+$/.test(text) ? formatViNumber(v, decimalsFor(v, undefined)) : text;
}

function pct(v: number | null): string {
  return v === null || !Number.isFinite(v) ? "" : formatViNumber(v, TABLE_PCT_DECIMALS);
}

function note(row: SummaryRow): string {
  const notes: string[] = [];
  if (row.notConsolidable) notes.push("Không tổng hợp được");
  for (const p of row.plans) if (p.judgement) notes.push(p.judgement);
  if (row.incomplete.length > 0) notes.push("Số liệu chưa đầy đủ");
  // A plan some units did not give is summed over those that did: not the area's plan.
  if (row.planNotes.length > 0) notes.push("Kế hoạch chưa đủ các đơn vị");
  return notes.join("; ");
}

function cell(column: SummaryColumn, row: SummaryRow): string {
  switch (column.kind) {
    case "stt":
      return row.stt;
    case "code":
      return row.code ?? "";
    case "name":
      return row.isComponent ? `Trong đó: ${lowerFirst(row.name)}` : row.name;
    case "unit":
      return row.measureUnit;
    case "previous":
      return value(row, row.previous);
    case "plan": {
      const p = planValue(row, column.plan);
      if (!p) return "";
      return p.kind === "number" ? value(row, p.value) : p.text;
    }
    case "current":
      return row.notConsolidable ? "" : value(row, row.current);
    case "yoyRatio":
      return pct(yoyRatio(row));
    case "planRatio":
      return pct(planRatio(row, column.plan));
    case "note":
      return note(row);
  }
}

export function summaryTable(summary: Summary, caption: string): SummaryTable {
  const model = summaryColumns(summary, { code: false, minimumPlans: 0 });
  const period = summary.period?.label ?? "kỳ báo cáo";
  const columns = model.map((c) => heading(c, period));
  const rows: SummaryTable["rows"] = [];
  for (const section of summary.sections) {
    const inSection = summary.rows.filter((r) => r.section === section.id);
    if (inSection.length === 0) continue;
    const head = [section.stt, section.name.toLocaleUpperCase("vi")];
    while (head.length < columns.length) head.push("");
    rows.push({ cells: head, level: 0 });
    for (const row of inSection) {
      const cells = model.map((c) => cell(c, row));
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
