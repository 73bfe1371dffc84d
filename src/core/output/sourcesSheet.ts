/**
 * "Nguồn": one row per contribution, so that any total of "Tổng hợp" can be audited back to the
 * department's file, sheet and cell, as read and after unit conversion.
 */
import type { Source, Summary, SummaryRow } from "../consolidate/types";
import type { CellValue, PlannedCell, SheetPlan } from "../types";
import { blank, framed, num, numberFormat, text } from "./cells";

export const SOURCES_SHEET = "Nguồn";

function rawCell(raw: CellValue, style: ReturnType<typeof framed>): PlannedCell {
  if (typeof raw === "number") return num(raw, { ...style, numFmt: numberFormat(raw) });
  if (typeof raw === "string") return text(raw, style);
  if (raw instanceof Date) return text(raw.toISOString().slice(0, 10), style);
  if (raw && typeof raw === "object") return text(raw.code, style);
  if (typeof raw === "boolean") return text(raw ? "TRUE" : "FALSE", style);
  return blank(style);
}

function sourceRow(n: number, row: SummaryRow, kind: string, s: Source): PlannedCell[] {
  const c = framed({ fontSize: 11 });
  return [
    num(n, { ...c, hAlign: "center" }),
    text(row.code, c),
    text(row.name, { ...c, wrap: true }),
    text(kind, c),
    text(s.unit, { ...c, wrap: true }),
    text(s.file, { ...c, wrap: true }),
    text(s.sheet, c),
    text(s.cell, { ...c, hAlign: "center" }),
    rawCell(s.raw, c),
    text(s.rawUnit, c),
    num(s.factor, { ...c, numFmt: "General" }),
    num(s.value, { ...c, numFmt: numberFormat(s.value) }),
    text(row.unit, c),
  ];
}

export function sourcesSheetPlan(summary: Summary): SheetPlan {
  const head = framed({ bold: true, hAlign: "center", wrap: true, fill: "E2EFDA", fontSize: 11 });
  const titles = [
    "STT",
    "Mã chỉ tiêu",
    "Chỉ tiêu",
    "Loại số liệu",
    "Đơn vị báo cáo",
    "Tệp",
    "Trang tính",
    "Ô",
    "Giá trị ghi trong biểu",
    "ĐVT ghi trong biểu",
    "Hệ số quy đổi",
    "Giá trị đưa vào tổng hợp",
    "ĐVT tổng hợp",
  ];
  const rows: PlannedCell[][] = [titles.map((t) => text(t, head))];
  let n = 0;
  for (const row of summary.rows) {
    for (const s of row.sources) rows.push(sourceRow(++n, row, "Thực hiện", s));
    for (const s of row.previousSources) rows.push(sourceRow(++n, row, "Cùng kỳ", s));
    for (const p of row.plans)
      for (const s of p.sources) rows.push(sourceRow(++n, row, p.title, s));
    const wb = row.previousFromWorkbook;
    if (wb) {
      rows.push(
        sourceRow(++n, row, "Cùng kỳ (bảng tổng hợp năm trước)", {
          file: wb.file,
          sheet: wb.sheet,
          cell: wb.cell,
          unit: "",
          value: wb.value,
          raw: wb.value,
          rawUnit: row.unit,
          factor: 1,
        }),
      );
    }
  }
  return {
    name: SOURCES_SHEET,
    columnWidths: [6, 9, 40, 16, 26, 34, 16, 7, 14, 11, 9, 14, 11],
    rows,
    merges: [],
    freeze: { rows: 1, columns: 0 },
    printTitleRows: [1, 1],
    page: { orientation: "landscape", paper: "A4", fitToWidth: true },
  };
}
