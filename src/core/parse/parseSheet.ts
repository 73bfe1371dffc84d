/**
 * One worksheet grid → an indicator sheet, or the reason it is not one. Reading never fails:
 * what is missing or unreadable is left for validation to report at its cell.
 */

import type { IndicatorSheet, MetaField, MetaSource, ParseResult, SheetGrid } from "../types";
import { a1, parseA1 } from "../a1";
import { parsePeriod } from "./period";
import { readMetadata } from "./metadata";
import { chooseCurrentColumn, findHeader, HEADER_SEARCH_ROWS, placePeriodColumns } from "./header";
import { readRows } from "./rows";
import { gridWidth, isBlank, TextReader } from "./gridText";

function isEmptyGrid(grid: SheetGrid): boolean {
  return grid.values.every((row) => !row || row.every((v) => isBlank(v)));
}

/** Reads a worksheet grid as an indicator sheet (CONTRACT.md §1). */
export function parseSheet(grid: SheetGrid): ParseResult {
  const skipped = (reason: string): ParseResult => ({
    kind: "skipped",
    file: grid.file,
    sheet: grid.sheet,
    reason,
  });
  if (isEmptyGrid(grid) || gridWidth(grid) === 0) return skipped("Trang tính trống.");

  const reader = new TextReader(grid);
  const header = findHeader(grid, reader);
  if (!header) {
    return skipped(
      `Không phải biểu chỉ tiêu vì không tìm thấy dòng tiêu đề bảng (cột “Chỉ tiêu” cùng các cột như “STT”, “ĐVT”, “Thực hiện”) trong ${HEADER_SEARCH_ROWS} dòng đầu.`,
    );
  }

  const meta = readMetadata(grid, header.rows[0], reader);
  let periodText: MetaField | null = meta.periodText;
  let period = meta.period;
  let periodFrom: MetaSource | null = meta.periodFrom;
  const periodColumn = placePeriodColumns(header, period);
  if (!periodText) {
    // Nothing above the table names the period: the column of this period's figures does
    // ("Ước thực hiện 6 tháng đầu năm 2026", or a column titled only "Quý III/2026").
    const current = header.columns.find((c) => c.role === "current");
    const fromTitle = current ? parsePeriod(current.title) : null;
    const col = fromTitle && current ? current.col : periodColumn?.col;
    const p = fromTitle ?? periodColumn?.period ?? null;
    const title = fromTitle && current ? current.title : periodColumn?.title;
    if (p && col !== undefined && title !== undefined) {
      periodText = { value: title, cell: a1(header.rows[0], col) };
      period = p;
      periodFrom = "column-title";
    }
  }
  const choice = chooseCurrentColumn(header, period);
  const { rows, totalLines } = readRows(grid, header, reader);

  const position = (cell: string): number => {
    const p = parseA1(cell);
    return p ? p.row * 100000 + p.col : 0;
  };
  const conversions = [...reader.conversions].sort((a, b) => position(a.cell) - position(b.cell));

  const sheet: IndicatorSheet = {
    file: grid.file,
    sheetName: grid.sheet,
    reportingUnit: meta.reportingUnit,
    periodText,
    period,
    date: meta.date,
    preparer: meta.preparer,
    phone: meta.phone,
    headerRows: header.rows.map((r) => r + 1),
    columns: header.columns,
    rows,
    conversions,
  };
  if (meta.unitFrom) sheet.reportingUnitFrom = meta.unitFrom;
  if (meta.unitCode) sheet.unitCode = meta.unitCode;
  if (periodFrom) sheet.periodFrom = periodFrom;
  if (totalLines.length > 0) sheet.totalLines = totalLines;
  if (choice) {
    // The lower header row holds the column's own title ("Tháng 5" under "Thực hiện").
    const top = header.rows[header.rows.length - 1];
    sheet.currentColumns = {
      chosen: { title: choice.chosen.title, cell: a1(top, choice.chosen.col) },
      columns: choice.columns.map((c) => ({ title: c.title, cell: a1(top, c.col) })),
      // A period read from the first column's own title would only confirm itself.
      byPeriod: periodFrom === "column-title" ? "none" : choice.byPeriod,
    };
  }
  return { kind: "sheet", sheet };
}
