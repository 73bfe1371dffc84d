/**
 * One worksheet grid → an indicator sheet, or the reason it is not one. Reading never fails:
 * what is missing or unreadable is left for validation to report at its cell.
 */

import type { IndicatorSheet, ParseResult, SheetGrid } from "../types";
import { parseA1 } from "../a1";
import { parsePeriod } from "./period";
import { readMetadata } from "./metadata";
import { findHeader, HEADER_SEARCH_ROWS } from "./header";
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
      `Không phải biểu chỉ tiêu: không tìm thấy dòng tiêu đề bảng (cột "Chỉ tiêu" cùng các cột như "STT", "ĐVT", "Thực hiện") trong ${HEADER_SEARCH_ROWS} dòng đầu.`,
    );
  }

  const meta = readMetadata(grid, header.rows[0], reader);
  const rows = readRows(grid, header, reader);

  const position = (cell: string): number => {
    const p = parseA1(cell);
    return p ? p.row * 100000 + p.col : 0;
  };
  const conversions = [...reader.conversions].sort((a, b) => position(a.cell) - position(b.cell));

  const sheet: IndicatorSheet = {
    file: grid.file,
    sheet: grid.sheet,
    reportingUnit: meta.reportingUnit,
    periodText: meta.periodText,
    period: meta.periodText ? parsePeriod(meta.periodText.value) : null,
    date: meta.date,
    preparer: meta.preparer,
    phone: meta.phone,
    headerRows: header.rows.map((r) => r + 1),
    columns: header.columns,
    rows,
    conversions,
  };
  return { kind: "sheet", sheet };
}
