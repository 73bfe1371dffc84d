/**
 * "Tổng hợp": the summary table as planners print it (A4 landscape), grouped by field, real
 * numbers with number formats, the header frozen and repeated on each page. Its header is one
 * the parser reads, so next year this workbook can be given as --previous.
 */
import { columnLetters } from "../a1";
import { planText } from "../consolidate/planJudgement";
import type { Summary, SummaryRow } from "../consolidate/types";
import { formatViNumber } from "../text/vnNumber";
import type { CellStyle, PlannedCell, SheetPlan } from "../types";
import {
  FONT,
  PERCENT_FORMAT,
  blank,
  framed,
  num,
  rowFigures,
  rowNumberFormat,
  text,
} from "./cells";
import {
  planRatio,
  planValue,
  summaryColumns,
  yoyRatio,
  type PlanColumn,
  type SummaryColumn,
} from "./summaryColumns";

export const SUMMARY_SHEET = "Tổng hợp";

export interface SummarySheetOptions {
  /** Title lines above the table, e.g. the issuing body. */
  issuingBody?: string;
}

function noteOf(row: SummaryRow): string {
  const notes: string[] = [];
  if (row.notConsolidable) notes.push("Không tổng hợp được: các đơn vị báo cáo khác nhau.");
  for (const p of row.plans) if (p.judgement) notes.push(`${p.title}: ${p.judgement}.`);
  if (row.incomplete.length > 0) notes.push(`Chưa đầy đủ: ${row.incomplete.join(" ")}`);
  notes.push(...row.planNotes);
  // A department may write a code the catalog does not have: still outside the catalog.
  if (row.aggregation === "unknown") notes.push("Chỉ tiêu ngoài danh mục.");
  return notes.join(" ");
}

function planCell(
  row: SummaryRow,
  plan: PlanColumn,
  style: ReturnType<typeof framed>,
): PlannedCell {
  const p = planValue(row, plan);
  if (!p) return blank(style);
  if (p.kind === "number")
    return num(p.value, { ...style, numFmt: figureFormat(row), hAlign: "right" });
  return text(planText(p, formatViNumber), { ...style, hAlign: "right" });
}

/** A plan column's heading: the first title a department gave it. */
function planTitle(plan: PlanColumn): string {
  return plan.firstTitle ?? (plan.index === 0 ? "Kế hoạch năm" : `Kế hoạch ${plan.index + 1}`);
}

/** Headings of the columns that span both header rows, and their widths. */
function heading(column: SummaryColumn, period: string): { top: string; width: number } | null {
  switch (column.kind) {
    case "stt":
      return { top: "STT", width: 6 };
    case "code":
      return { top: "Mã chỉ tiêu", width: 9 };
    case "name":
      return { top: "Chỉ tiêu", width: 44 };
    case "unit":
      return { top: "ĐVT", width: 11 };
    case "previous":
      return { top: "Thực hiện cùng kỳ năm trước", width: 14 };
    case "plan":
      return { top: planTitle(column.plan), width: 14 };
    case "current":
      return { top: `Thực hiện ${period}`.trim(), width: 14 };
    default:
      return null;
  }
}

/** The sub-heading of a ratio column under "So sánh (%)". */
function ratioHeading(column: SummaryColumn, plans: number): string | null {
  if (column.kind === "yoyRatio") return "Cùng kỳ";
  if (column.kind !== "planRatio") return null;
  return plans === 1 || column.plan.index === 0 ? "Kế hoạch" : planTitle(column.plan);
}

/** The row's figures (cùng kỳ, plans, thực hiện) in one format. */
function figureFormat(row: SummaryRow): string {
  return rowNumberFormat(rowFigures(row), row.decimals);
}

function dataCell(column: SummaryColumn, row: SummaryRow, style: CellStyle): PlannedCell {
  const fmt = () => ({
    ...style,
    numFmt: figureFormat(row),
    hAlign: "right" as const,
  });
  const pct = { ...style, numFmt: PERCENT_FORMAT, hAlign: "right" as const };
  switch (column.kind) {
    case "stt":
      return text(row.stt, { ...style, hAlign: "center" });
    case "code":
      return text(row.code, { ...style, hAlign: "center" });
    case "name":
      // A component keeps its name as written (STT 1.1, italics and indent show it belongs to
      // the total above): a "Trong đó:" prefix would change the name that next year's
      // --previous matches an indicator outside the catalog by.
      return text(row.name, { ...style, wrap: true, indent: row.isComponent ? 1 : 0 });
    case "unit":
      return text(row.measureUnit, { ...style, hAlign: "center" });
    case "previous":
      return num(row.previous, fmt());
    case "plan":
      return planCell(row, column.plan, style);
    case "current":
      return num(row.current, fmt());
    case "yoyRatio":
      return num(yoyRatio(row), pct);
    case "planRatio":
      return num(planRatio(row, column.plan), pct);
    case "note":
      return text(noteOf(row), { ...style, wrap: true, fontSize: 10 });
  }
}

export function summarySheetPlan(summary: Summary, options: SummarySheetOptions = {}): SheetPlan {
  const model = summaryColumns(summary, { code: true, minimumPlans: 1 });
  const planCount = model.filter((c) => c.kind === "plan").length;
  const period = summary.period?.label ?? "";
  const head = framed({ bold: true, hAlign: "center", wrap: true, fill: "E2EFDA" });
  const columns = model.flatMap((c) => heading(c, period) ?? []);
  const ratioTitles = model.flatMap((c) => ratioHeading(c, planCount) ?? []);
  const width = columns.length + ratioTitles.length + 1;
  const rows: PlannedCell[][] = [];
  const merges: string[] = [];
  const titleStyle = { bold: true, hAlign: "center" as const, fontName: FONT, fontSize: 14 };
  const lastCol = columnLetters(width - 1);
  const titleRow = (value: string, style = titleStyle) => {
    rows.push([text(value, style), ...Array.from({ length: width - 1 }, () => blank())]);
    merges.push(`A${rows.length}:${lastCol}${rows.length}`);
  };
  if (options.issuingBody)
    titleRow(options.issuingBody.toUpperCase(), { ...titleStyle, fontSize: 12 });
  titleRow("BẢNG TỔNG HỢP CHỈ TIÊU KINH TẾ - XÃ HỘI");
  titleRow(period ? `Kỳ báo cáo: ${period}` : "Kỳ báo cáo: (chưa xác định)", {
    ...titleStyle,
    bold: false,
    fontSize: 12,
  });
  titleRow(`Tổng hợp từ ${summary.reportingUnits.length} đơn vị báo cáo`, {
    ...titleStyle,
    bold: false,
    fontSize: 12,
  });
  rows.push([]);

  // Two header rows: "So sánh (%)" spans its sub-columns; the other titles span both rows.
  const h1 = rows.length + 1;
  const h2 = h1 + 1;
  const top: PlannedCell[] = [];
  const bottom: PlannedCell[] = [];
  columns.forEach((c, i) => {
    top.push(text(c.top, head));
    bottom.push(blank(head));
    const col = columnLetters(i);
    merges.push(`${col}${h1}:${col}${h2}`);
  });
  const ratioStart = columns.length;
  ratioTitles.forEach((t, i) => {
    top.push(i === 0 ? text("So sánh (%)", head) : blank(head));
    bottom.push(text(t, head));
  });
  merges.push(
    `${columnLetters(ratioStart)}${h1}:${columnLetters(ratioStart + ratioTitles.length - 1)}${h1}`,
  );
  top.push(text("Ghi chú", head));
  bottom.push(blank(head));
  merges.push(`${lastCol}${h1}:${lastCol}${h2}`);
  rows.push(top, bottom);

  const cell = framed();
  const sectionStyle = framed({ bold: true });
  for (const section of summary.sections) {
    const sectionRow: PlannedCell[] = [
      text(section.stt, { ...sectionStyle, hAlign: "center" }),
      blank(sectionStyle),
      text(section.name.toUpperCase(), sectionStyle),
    ];
    while (sectionRow.length < width) sectionRow.push(blank(sectionStyle));
    rows.push(sectionRow);
    for (const row of summary.rows.filter((r) => r.section === section.id)) {
      const style = row.isComponent ? { ...cell, italic: true } : cell;
      const r = model.map((column) => dataCell(column, row, style));
      rows.push(r);
    }
  }
  return {
    name: SUMMARY_SHEET,
    columnWidths: [...columns.map((c) => c.width), ...ratioTitles.map(() => 10), 30],
    rows,
    merges,
    freeze: { rows: h2, columns: 3 },
    printTitleRows: [h1, h2],
    page: { orientation: "landscape", paper: "A4", fitToWidth: true },
  };
}
