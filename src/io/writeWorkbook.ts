/**
 * The core's WorkbookPlan → .xlsx bytes, with ExcelJS. Browser-safe (the standalone page
 * offers the result as a download); the CLI writes the bytes with writeFileAtomic.
 */
import ExcelJS from "exceljs";
import { a1, columnLetters } from "../core/a1";
import type { CellValidation, PlannedValue, SheetPlan, WorkbookPlan } from "../core/types";
import { StyleCache } from "./writeStyles";
import { DEFAULT_WRITE_DATE, safeCellText, safeSheetName, type WriteOptions } from "./cellText";
import { stampZipTimes } from "./zipDirectory";

export { DEFAULT_WRITE_DATE, safeCellText, safeSheetName } from "./cellText";
export type { WriteOptions } from "./cellText";

/** The planned value as ExcelJS takes it: strings are always literal text, never formulas. */
export function excelCellValue(v: PlannedValue): string | number | null {
  if (v === null) return null;
  if ("text" in v) return safeCellText(v.text);
  // NaN/Infinity have no place in a cell; leaving it empty is the honest output.
  return Number.isFinite(v.number) ? v.number : null;
}

/** Frozen panes as ExcelJS views (both writers), or undefined when nothing is frozen. */
export function frozenViews(plan: SheetPlan): Partial<ExcelJS.WorksheetView>[] | undefined {
  if (!plan.freeze || (plan.freeze.rows <= 0 && plan.freeze.columns <= 0)) return undefined;
  const { rows, columns } = plan.freeze;
  return [
    {
      state: "frozen",
      xSplit: columns,
      ySplit: rows,
      topLeftCell: a1(rows, columns), // the first cell below and right of the panes
    },
  ];
}

/**
 * Paper, orientation, fit to width and print titles (both writers; the streaming one takes
 * them only when the sheet is created), or undefined when the plan asks for none.
 */
export function pageSetupOf(plan: SheetPlan): Partial<ExcelJS.PageSetup> | undefined {
  const setup: Partial<ExcelJS.PageSetup> = {};
  const page = plan.page;
  if (page) {
    setup.paperSize = 9; // A4
    setup.orientation = page.orientation;
    if (page.fitToWidth) {
      setup.fitToPage = true;
      setup.fitToWidth = 1;
      setup.fitToHeight = 0; // as many pages tall as needed
    }
  }
  if (plan.printTitleRows) {
    const [first, last] = plan.printTitleRows;
    setup.printTitlesRow = `${first}:${last}`;
  }
  if (plan.printTitleColumns) {
    const [first, last] = plan.printTitleColumns;
    setup.printTitlesColumn = `${columnLetters(first - 1)}:${columnLetters(last - 1)}`;
  }
  return Object.keys(setup).length > 0 ? setup : undefined;
}

/**
 * What a protected form still lets everyone do: select any cell, and widen columns and rows to
 * read long names. Everything else (typing over a label, deleting a row) needs the protection
 * lifted first, which takes no password.
 */
export const FORM_PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
};

/** The core's validation as ExcelJS takes it (both writers). */
export function excelValidation(v: CellValidation): ExcelJS.DataValidation {
  const text = {
    showInputMessage: true,
    promptTitle: v.promptTitle,
    prompt: v.prompt,
    ...(v.error ? { showErrorMessage: true, errorTitle: v.errorTitle, error: v.error } : {}),
  };
  switch (v.kind) {
    case "any":
      // ExcelJS writes "any" (an input message with no restriction) but its types omit it.
      return {
        type: "any" as ExcelJS.DataValidation["type"],
        allowBlank: true,
        formulae: [],
        ...text,
      };
    case "decimal":
      return {
        type: "decimal",
        operator: "between",
        allowBlank: true,
        formulae: [v.min, v.max],
        errorStyle: v.onError === "stop" ? "stop" : "warning",
        ...text,
      };
    case "date":
      return {
        type: "date",
        operator: "between",
        allowBlank: true,
        formulae: [new Date(`${v.from}T00:00:00Z`), new Date(`${v.to}T00:00:00Z`)],
        errorStyle: v.onError === "stop" ? "stop" : "warning",
        ...text,
      };
  }
}

function addSheet(
  workbook: ExcelJS.Workbook,
  plan: SheetPlan,
  name: string,
  styles: StyleCache,
): void {
  const ws = workbook.addWorksheet(name, plan.state ? { state: plan.state } : {});

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
      const value = excelCellValue(planned.value);
      if (value !== null) cell.value = value;
      // Shared, never mutated afterwards: see writeStyles.ts for why this matters.
      if (planned.style) cell.style = styles.get(planned.style);
      if (planned.validation) cell.dataValidation = excelValidation(planned.validation);
    });
  });

  for (const range of plan.merges) ws.mergeCells(range);
  const views = frozenViews(plan);
  if (views) ws.views = views;
  const setup = pageSetupOf(plan);
  if (setup) Object.assign(ws.pageSetup, setup);
  // Without a password ExcelJS's protect() does its work before returning its promise.
  if (plan.protect) void ws.protect("", FORM_PROTECTION);
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
  const styles = new StyleCache();
  for (const sheet of plan.sheets) {
    addSheet(workbook, sheet, safeSheetName(sheet.name, taken), styles);
  }

  const buffer = await workbook.xlsx.writeBuffer();
  // A plain copy: ExcelJS returns a Node Buffer (or a polyfilled one in the browser), callers
  // get a standard Uint8Array they can hand to Blob, fs or a test alike.
  const bytes = new Uint8Array(buffer as ArrayBuffer);
  stampZipTimes(bytes, date);
  return bytes;
}
