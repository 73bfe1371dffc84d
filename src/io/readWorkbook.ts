/**
 * .xlsx bytes → the core's SheetGrids, with ExcelJS. Runs in Node and in the browser (the
 * standalone page parses picked files), so it takes bytes and touches no file system.
 *
 * Bad input is never thrown: it becomes ONE error-level Issue about the file, so a batch of
 * department files goes on when one of them is corrupt, encrypted or not a workbook at all.
 */
import ExcelJS from "exceljs";
import { fileIssueOf, issueOf } from "../core/issues";
import type { CellValue, Issue, SheetGrid } from "../core/types";
import { fastReadWorkbook } from "./fastRead";
import {
  DEFAULT_READ_LIMITS,
  checkXlsxBytes,
  hiddenSheetIssue,
  sheetTooLargeIssue,
  type ReadLimits,
  type ReadResult,
} from "./check";
import { precheckSheets, type OversizedSheet } from "./sheetPrecheck";
import { readZipDirectory } from "./zipDirectory";
import { ownText } from "../core/text/flat";

// The checks and shared shapes live in ./check (ExcelJS-free, for the worker threads);
// re-exported here so existing imports keep working.
export { DEFAULT_READ_LIMITS, checkXlsxBytes } from "./check";
export type { ReadLimits, ReadResult } from "./check";

function toBytes(input: Uint8Array | ArrayBuffer): Uint8Array {
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}

export interface ReadOptions {
  /**
   * "auto" (default): the lean reader (./fastRead) first, ExcelJS for any file it declines.
   * "exceljs": ExcelJS only (tests compare the two).
   */
  engine?: "auto" | "exceljs";
}

/** Reads every worksheet of an .xlsx into grids; problems come back as issues, never thrown. */
export async function readWorkbook(
  input: Uint8Array | ArrayBuffer,
  fileName: string,
  limits?: Partial<ReadLimits>,
  options?: ReadOptions,
): Promise<ReadResult> {
  const lim: ReadLimits = { ...DEFAULT_READ_LIMITS, ...limits };
  const bytes = toBytes(input);
  const stop = checkXlsxBytes(bytes, fileName, lim);
  if (stop) return { grids: [], issues: [stop] };

  if (options?.engine !== "exceljs") {
    const fast = fastReadWorkbook(bytes, fileName, lim);
    if (fast) return fast;
  }

  // Oversized sheets are counted while streaming and blanked before ExcelJS would hold them
  // whole in memory; checkXlsxBytes has already read this directory without error.
  const pre = precheckSheets(bytes, readZipDirectory(bytes), lim);
  const oversized = new Map<string, OversizedSheet>(pre.oversized.map((o) => [o.name, o]));

  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings ask for a Node Buffer; JSZip underneath takes any Uint8Array, which is
    // what keeps this usable in the browser.
    await workbook.xlsx.load(pre.bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    return {
      grids: [],
      issues: [fileIssueOf("file-corrupt", { file: fileName })],
    };
  }

  if (workbook.worksheets.length === 0) {
    // A real workbook always has a worksheet; none readable means a damaged workbook part or
    // a workbook holding only chart sheets. Either way there is nothing to check: say so.
    return {
      grids: [],
      issues: [fileIssueOf("file-no-sheets", { file: fileName })],
    };
  }

  const grids: SheetGrid[] = [];
  const issues: Issue[] = [];
  for (const ws of workbook.worksheets) {
    try {
      const big = oversized.get(ws.name);
      const read = big
        ? { issue: oversizedIssue(fileName, big, lim) }
        : readWorksheet(ws, fileName, lim);
      const hidden = ws.state === "hidden" || ws.state === "veryHidden";
      if ("grid" in read) {
        if (hidden) read.grid.hidden = true;
        grids.push(read.grid);
      } else issues.push(read.issue);
      if (hidden) issues.push(hiddenSheetIssue(fileName, ws.name));
    } catch {
      // A sheet ExcelJS half-understood must not take the rest of the workbook down with it.
      issues.push(issueOf("file-corrupt", { file: fileName }, { file: fileName, sheet: ws.name }));
    }
  }
  return { grids, issues };
}

function oversizedIssue(file: string, big: OversizedSheet, lim: ReadLimits): Issue {
  const over = big.rows > lim.maxRowsPerSheet ? { rows: big.rows } : "cells";
  return sheetTooLargeIssue(file, big.name, over, lim);
}

function readWorksheet(
  ws: ExcelJS.Worksheet,
  file: string,
  lim: ReadLimits,
): { grid: SheetGrid } | { issue: Issue } {
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const fonts: (string | null)[][] = [];
  let cells = 0;
  let tooManyRowsAt = 0;
  let tooManyCells = false;

  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (tooManyRowsAt || tooManyCells) return;
    if (rowNumber > lim.maxRowsPerSheet) {
      tooManyRowsAt = rowNumber;
      return;
    }
    const r = rowNumber - 1;
    let vRow: CellValue[] | undefined;
    let fRow: (string | null)[] | undefined;
    let nRow: (string | null)[] | undefined;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // A merged cell other than the top-left one echoes the master's value in ExcelJS;
      // the sheet itself holds nothing there.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      // cell.value drops a formula's falsy cached result (0, FALSE); cell.result keeps it.
      const value =
        cell.type === ExcelJS.ValueType.Formula
          ? toCellValue(cell.result ?? null)
          : toCellValue(cell.value);
      if (value === null) return;
      if (++cells > lim.maxCellsPerSheet) {
        tooManyCells = true;
        return;
      }
      if (!vRow) {
        vRow = [];
        nRow = [];
        fRow = [];
      }
      const c = colNumber - 1;
      vRow[c] = value;
      nRow![c] = cell.numFmt || null;
      fRow![c] = fontName(cell);
    });
    if (vRow) {
      values[r] = densify(vRow);
      numberFormats[r] = densify(nRow!);
      fonts[r] = densify(fRow!);
    }
  });

  if (tooManyRowsAt) {
    return { issue: sheetTooLargeIssue(file, ws.name, { rows: lastRowWithValues(ws) }, lim) };
  }
  if (tooManyCells) {
    return { issue: sheetTooLargeIssue(file, ws.name, "cells", lim) };
  }

  // Rows without values become [] so consumers can index any row without guarding holes.
  for (let r = 0; r < values.length; r++) {
    if (!values[r]) {
      values[r] = [];
      numberFormats[r] = [];
      fonts[r] = [];
    }
  }
  const merges = mergesOf(ws);
  const grid: SheetGrid = { file, sheet: ws.name, values, numberFormats, fonts };
  if (merges.length) grid.merges = merges;
  return { grid };
}

function lastRowWithValues(ws: ExcelJS.Worksheet): number {
  let last = 0;
  ws.eachRow({ includeEmpty: false }, (_row, n) => {
    last = n;
  });
  return last;
}

/** Fills the holes a sparse row has with null (holes confuse map/forEach-based consumers). */
function densify<T>(row: (T | null)[]): (T | null)[] {
  for (let i = 0; i < row.length; i++) if (row[i] === undefined) row[i] = null;
  return row;
}

/**
 * The font that decides how a legacy-encoded cell must be read: the first named run of rich
 * text (TCVN3 text often sits in a .VnTime run inside a cell styled Arial), else the cell's.
 */
function fontName(cell: ExcelJS.Cell): string | null {
  const v = cell.value as { richText?: ExcelJS.RichText[] } | null;
  if (v && typeof v === "object" && Array.isArray(v.richText)) {
    for (const run of v.richText) {
      if (run.text && run.font?.name) return run.font.name;
    }
  }
  return cell.font?.name ?? null;
}

function richTextToString(runs: ExcelJS.RichText[]): string {
  let s = "";
  for (const run of runs) if (typeof run.text === "string") s += run.text;
  return s;
}

/** ExcelJS's value shapes → the core's CellValue. Formulas give their cached result. */
export function toCellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case "number":
      return Number.isFinite(v) ? v : null;
    case "string":
      // The parser's texts are windows on the chunks it read (see ownText).
      return ownText(v);
    case "boolean":
      return v;
    case "object":
      break;
    default:
      return null;
  }
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  const o = v as Record<string, unknown>;
  if (typeof o.error === "string") return { kind: "error", code: o.error };
  if (Array.isArray(o.richText)) return ownText(richTextToString(o.richText as ExcelJS.RichText[]));
  if ("formula" in o || "sharedFormula" in o) {
    // A formula never calculated (written by a program) has no cached result: nothing to read.
    return o.result === undefined ? null : toCellValue(o.result);
  }
  if ("hyperlink" in o || "text" in o) return toCellValue(o.text);
  return null;
}

function mergesOf(ws: ExcelJS.Worksheet): string[] {
  // ExcelJS keeps merges in a private map of Range objects; reading it avoids building the
  // whole sheet model (ws.model), which copies every cell.
  // tl/br rather than .range, which may carry the sheet name.
  const internal = (ws as unknown as { _merges?: Record<string, { tl: string; br: string }> })
    ._merges;
  if (internal) return Object.values(internal).map((m) => `${m.tl}:${m.br}`);
  const model = ws.model as unknown as { merges?: string[] };
  return model.merges ?? [];
}
