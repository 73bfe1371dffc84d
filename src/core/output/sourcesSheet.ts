/**
 * "Nguồn": one row per contribution, so that any total of "Tổng hợp" can be audited back to the
 * department's file, sheet and cell, as read and after unit conversion.
 */
import type { Source, Summary, SummaryRow } from "../consolidate/types";
import type { CellStyle, CellValue, PlannedCell, SheetPlan } from "../types";
import { blank, framed, num, numberFormat, text } from "./cells";

export const SOURCES_SHEET = "Nguồn";

/**
 * The styles of a "Nguồn" row, built once per sheet and shared by every row: the sheet has a
 * row per contribution (over 100 000 for a province), and a fresh style object per cell made
 * both the plan and the written file's style bookkeeping grow with it.
 */
interface SourceStyles {
  plain: CellStyle;
  centered: CellStyle;
  wrapped: CellStyle;
  factor: CellStyle;
  /** Plain style plus a number format, one object per format (there are only a handful). */
  numbers: Map<string, CellStyle>;
}

function sourceStyles(): SourceStyles {
  const plain = framed({ fontSize: 11 });
  return {
    plain,
    centered: { ...plain, hAlign: "center" },
    wrapped: { ...plain, wrap: true },
    factor: { ...plain, numFmt: "General" },
    numbers: new Map(),
  };
}

function numberStyle(styles: SourceStyles, value: number): CellStyle {
  const fmt = numberFormat(value);
  let style = styles.numbers.get(fmt);
  if (!style) {
    style = { ...styles.plain, numFmt: fmt };
    styles.numbers.set(fmt, style);
  }
  return style;
}

function rawCell(raw: CellValue, st: SourceStyles): PlannedCell {
  const style = st.plain;
  if (typeof raw === "number") return num(raw, numberStyle(st, raw));
  if (typeof raw === "string") return text(raw, style);
  if (raw instanceof Date) return text(raw.toISOString().slice(0, 10), style);
  if (raw && typeof raw === "object") return text(raw.code, style);
  if (typeof raw === "boolean") return text(raw ? "TRUE" : "FALSE", style);
  return blank(style);
}

function sourceRow(
  st: SourceStyles,
  n: number,
  row: SummaryRow,
  kind: string,
  s: Source,
  recomputedFrom: string | null = null,
): PlannedCell[] {
  const c = st.plain;
  // A rate the summary recomputed from its parts did not come from this cell: the row says the
  // figure is the unit's own, kept for comparison, and what the total was computed from.
  const label = recomputedFrom
    ? `${kind} (đơn vị ghi; tổng hợp tính lại từ ${recomputedFrom})`
    : kind;
  return [
    num(n, st.centered),
    text(row.code, c),
    text(row.name, st.wrapped),
    text(label, c),
    text(s.reportingUnit, st.wrapped),
    text(s.file, st.wrapped),
    text(s.sheet, c),
    text(s.cell, st.centered),
    rawCell(s.raw, st),
    text(s.rawUnit, c),
    num(s.factor, st.factor),
    num(s.value, numberStyle(st, s.value)),
    text(row.measureUnit, c),
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
  const st = sourceStyles();
  for (const row of summary.rows) {
    const parts = row.recomputed
      ? `${row.recomputed.numerator}/${row.recomputed.denominator}`
      : null;
    const cur = row.recomputed?.current ? parts : null;
    const prev = row.recomputed?.previous ? parts : null;
    for (const s of row.sources) rows.push(sourceRow(st, ++n, row, "Thực hiện", s, cur));
    for (const s of row.previousSources) rows.push(sourceRow(st, ++n, row, "Cùng kỳ", s, prev));
    for (const p of row.plans)
      for (const s of p.sources) rows.push(sourceRow(st, ++n, row, p.title, s));
    const wb = row.previousFromWorkbook;
    if (wb) {
      rows.push(
        sourceRow(st, ++n, row, "Cùng kỳ (bảng tổng hợp năm trước)", {
          file: wb.file,
          sheet: wb.sheet,
          cell: wb.cell,
          reportingUnit: "",
          value: wb.value,
          raw: wb.value,
          rawUnit: row.measureUnit,
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
