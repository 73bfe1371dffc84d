/**
 * The core's WorkbookPlan → .xlsx bytes, with ExcelJS. Browser-safe (the standalone page
 * offers the result as a download); the CLI writes the bytes with writeFileAtomic.
 */
import ExcelJS from "exceljs";
import type { CellStyle, PlannedValue, SheetPlan, WorkbookPlan } from "../core/types";
import { stampZipTimes } from "./zipDirectory";

export interface WriteOptions {
  /**
   * Creation/modification date stored in the file (document properties and zip entries).
   * Defaults to a fixed date so that the same plan always gives the same bytes.
   */
  date?: Date;
}

/** Fixed default so identical plans give identical files (diffable, cacheable, testable). */
export const DEFAULT_WRITE_DATE = new Date(Date.UTC(2020, 0, 1, 0, 0, 0));

/** Excel refuses cells longer than this; a longer one would make the whole file "corrupt". */
const MAX_CELL_TEXT = 32767;

/**
 * Makes department text safe to store as literal text:
 * - a vertical tab (Word's manual line break pasted into Excel) becomes a line break, the
 *   other XML-illegal control characters are dropped (ExcelJS would drop them silently);
 * - "_xHHHH_" would be decoded as an escaped character by Excel, so its "_" is escaped.
 */
export function safeCellText(text: string): string {
  let s = text
    // eslint-disable-next-line no-control-regex
    .replace(/\u000B/g, "\n")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g, "")
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1");
  if (s.length > MAX_CELL_TEXT) s = s.slice(0, MAX_CELL_TEXT - 1) + "…";
  return s;
}

/** Excel's rules for sheet names: ≤ 31 characters, none of []:*?/\, not blank, unique. */
export function safeSheetName(name: string, taken: Set<string>): string {
  let base = name
    .replace(/[[\]:*?/\\]/g, "-")
    .replace(/^'+|'+$/g, "")
    .trim();
  if (!base) base = "Trang";
  base = base.slice(0, 31);
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLocaleLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = base.slice(0, 31 - suffix.length) + suffix;
  }
  taken.add(candidate.toLocaleLowerCase());
  return candidate;
}

function cellValue(v: PlannedValue): ExcelJS.CellValue {
  if (v === null) return null;
  if ("text" in v) return safeCellText(v.text);
  // NaN/Infinity have no place in a cell; leaving it empty is the honest output.
  return Number.isFinite(v.number) ? v.number : null;
}

const THIN: Partial<ExcelJS.Border> = { style: "thin" };

function applyStyle(cell: ExcelJS.Cell, s: CellStyle): void {
  const font: Partial<ExcelJS.Font> = {};
  if (s.bold) font.bold = true;
  if (s.italic) font.italic = true;
  if (s.fontName) font.name = s.fontName;
  if (s.fontSize) font.size = s.fontSize;
  if (Object.keys(font).length) cell.font = font;

  if (s.numFmt) cell.numFmt = s.numFmt;

  const alignment: Partial<ExcelJS.Alignment> = {};
  if (s.wrap) alignment.wrapText = true;
  if (s.hAlign) alignment.horizontal = s.hAlign;
  if (s.vAlign) alignment.vertical = s.vAlign;
  if (s.indent) {
    alignment.indent = s.indent;
    // Excel only honours an indent on left/right/distributed alignment.
    if (!alignment.horizontal) alignment.horizontal = "left";
  }
  if (Object.keys(alignment).length) cell.alignment = alignment;

  if (s.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (s.fill) {
    const rgb = s.fill.replace(/^#/, "").toUpperCase();
    if (/^[0-9A-F]{6}$/.test(rgb)) {
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF" + rgb } };
    }
  }
}

function addSheet(workbook: ExcelJS.Workbook, plan: SheetPlan, name: string): void {
  const ws = workbook.addWorksheet(name);

  plan.columnWidths.forEach((w, i) => {
    if (w > 0) ws.getColumn(i + 1).width = w;
  });

  plan.rowHeights?.forEach((h, r) => {
    if (h && h > 0) ws.getRow(r + 1).height = h;
  });

  plan.rows.forEach((cells, r) => {
    if (!cells || cells.length === 0) return;
    const row = ws.getRow(r + 1);
    cells.forEach((planned, c) => {
      if (!planned) return;
      const cell = row.getCell(c + 1);
      const value = cellValue(planned.value);
      if (value !== null) cell.value = value;
      if (planned.style) applyStyle(cell, planned.style);
    });
  });

  for (const range of plan.merges) ws.mergeCells(range);

  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0)) {
    const { rows, columns } = plan.freeze;
    ws.views = [
      {
        state: "frozen",
        xSplit: columns,
        ySplit: rows,
        topLeftCell: ws.getCell(rows + 1, columns + 1).address,
      },
    ];
  }

  const page = plan.page;
  if (page) {
    ws.pageSetup.paperSize = 9; // A4
    ws.pageSetup.orientation = page.orientation;
    if (page.fitToWidth) {
      ws.pageSetup.fitToPage = true;
      ws.pageSetup.fitToWidth = 1;
      ws.pageSetup.fitToHeight = 0; // as many pages tall as needed
    }
  }
  if (plan.printTitleRows) {
    const [first, last] = plan.printTitleRows;
    ws.pageSetup.printTitlesRow = `${first}:${last}`;
  }
}

/** Writes every sheet of the plan; the bytes are a complete .xlsx file. */
export async function writeWorkbook(
  plan: WorkbookPlan,
  options: WriteOptions = {},
): Promise<Uint8Array> {
  const date = options.date ?? DEFAULT_WRITE_DATE;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "TongHop";
  workbook.lastModifiedBy = "TongHop";
  workbook.created = date;
  workbook.modified = date;

  const taken = new Set<string>();
  for (const sheet of plan.sheets) addSheet(workbook, sheet, safeSheetName(sheet.name, taken));

  const buffer = await workbook.xlsx.writeBuffer();
  // A plain copy: ExcelJS returns a Node Buffer (or a polyfilled one in the browser), callers
  // get a standard Uint8Array they can hand to Blob, fs or a test alike.
  const bytes = new Uint8Array(buffer as ArrayBuffer);
  stampZipTimes(bytes, date);
  return bytes;
}
