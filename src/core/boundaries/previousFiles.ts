/**
 * What the planner gave as last year's files: last year's consolidated workbook (as before),
 * sheets of former units, and Bảng quy đổi sheets. Told apart by their content, not names.
 */
import { issueOf } from "../issues";
import { parseSheet } from "../parse";
import { matchKey } from "../text/normalize";
import type { IndicatorSheet, Issue, SheetGrid } from "../types";
import { codeCellOf } from "./formerSheets";
import { isShareTable } from "./shareTable";
import { looksLikeAdministrativeUnit } from "./unitNames";

export interface PreviousFile {
  file: string;
  grids: SheetGrid[];
}

export interface PreviousSorted {
  /** Last year's consolidated workbook, used as before. */
  workbook: PreviousFile | null;
  unitSheets: Array<{ grid: SheetGrid; sheet: IndicatorSheet }>;
  shareGrids: SheetGrid[];
  issues: Issue[];
}

const TONGHOP_SHEETS = ["Tổng hợp", "Nguồn", "Kiểm tra"].map((n) => matchKey(n));

function isTongHopOutput(grids: SheetGrid[]): boolean {
  const names = new Set(grids.map((g) => matchKey(g.sheet)));
  return TONGHOP_SHEETS.every((n) => names.has(n));
}

/** A TongHop summary names its issuing body in its first row ("ỦY BAN NHÂN DÂN XÃ HỢP HÒA"). */
function summaryTitleUnit(grid: SheetGrid): boolean {
  for (let r = 0; r < Math.min(4, grid.values.length); r++) {
    const v = grid.values[r]?.[0];
    if (typeof v === "string" && looksLikeAdministrativeUnit(v)) return true;
  }
  return false;
}

/**
 * A unit read only from the issuing-body block ("UBND XÃ HỢP HÒA" at the top left) is also how
 * last year's consolidated workbook of this very office begins, so on its own, in a single file,
 * it does not make the sheet a former unit's: a label, a code, or several files do.
 */
function namesFormerUnit(grid: SheetGrid, sheet: IndicatorSheet, several: boolean): boolean {
  const unit = sheet.reportingUnit?.value;
  const labelled = sheet.reportingUnitFrom === undefined || sheet.reportingUnitFrom === "label";
  if (unit && looksLikeAdministrativeUnit(unit) && (labelled || several)) return true;
  return codeCellOf(grid, sheet.headerRows[0] ?? 1) !== null;
}

export function sortPreviousFiles(files: readonly PreviousFile[]): PreviousSorted {
  const shareGrids: SheetGrid[] = [];
  const unitSheets: PreviousSorted["unitSheets"] = [];
  const workbooks: PreviousFile[] = [];
  const issues: Issue[] = [];
  const several = files.length > 1;
  for (const f of files) {
    const rest = f.grids.filter((g) => {
      if (!isShareTable(g)) return true;
      shareGrids.push(g);
      return false;
    });
    if (rest.length === 0) continue;
    if (isTongHopOutput(rest)) {
      // One TongHop workbook is last year's consolidated workbook, as always. Among several
      // files, one that names a unit is that former unit's consolidated figures.
      const summary = rest.find((g) => matchKey(g.sheet) === TONGHOP_SHEETS[0]) as SheetGrid;
      const parsed = parseSheet(summary);
      if (several && parsed.kind === "sheet" && summaryTitleUnit(summary))
        unitSheets.push({ grid: summary, sheet: parsed.sheet });
      else workbooks.push({ file: f.file, grids: rest });
      continue;
    }
    const units: PreviousSorted["unitSheets"] = [];
    for (const g of rest) {
      const parsed = parseSheet(g);
      if (parsed.kind === "sheet" && namesFormerUnit(g, parsed.sheet, several))
        units.push({ grid: g, sheet: parsed.sheet });
    }
    if (units.length > 0) unitSheets.push(...units);
    else workbooks.push({ file: f.file, grids: rest });
  }
  let workbook: PreviousFile | null = workbooks[0] ?? null;
  if (workbook && unitSheets.length > 0) {
    issues.push(
      issueOf("previous-workbook-unused", { file: workbook.file }, { file: workbook.file }),
    );
    workbook = null;
  }
  for (const extra of workbooks.slice(workbook ? 1 : 0)) {
    if (unitSheets.length > 0) break;
    issues.push(
      issueOf(
        "previous-workbook-extra",
        { used: workbooks[0].file, extra: extra.file },
        { file: extra.file },
      ),
    );
  }
  return { workbook, unitSheets, shareGrids, issues };
}
