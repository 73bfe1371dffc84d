/**
 * Which Office.js APIs this Excel has. Every newer API is checked at run time, so the add-in
 * degrades quietly on Excel 2016/2019 retail (ExcelApi ≤ 1.8) instead of failing.
 */

/** True when the running Excel supports ExcelApi `version` (e.g. "1.9"). */
export function supportsExcelApi(version: string): boolean {
  if (typeof Office === "undefined") return false;
  const requirements = Office.context?.requirements;
  return !!requirements && requirements.isSetSupported("ExcelApi", version);
}

/** The API levels the host branches on, read once per action. */
export interface ApiLevels {
  /** getItemOrNullObject, getUsedRangeOrNullObject. */
  nullObjects: boolean;
  /** getUsedRange(valuesOnly), merge, columnWidth. */
  v12: boolean;
  /** suspendApiCalculationUntilNextSync. */
  suspendCalculation: boolean;
  /** freezePanes. */
  freezePanes: boolean;
  /** getCellProperties (per-cell fonts), indentLevel, pageLayout. */
  cellProperties: boolean;
  /** getMergedAreasOrNullObject. */
  mergedAreas: boolean;
}

export function apiLevels(): ApiLevels {
  return {
    nullObjects: supportsExcelApi("1.4"),
    v12: supportsExcelApi("1.2"),
    suspendCalculation: supportsExcelApi("1.6"),
    freezePanes: supportsExcelApi("1.7"),
    cellProperties: supportsExcelApi("1.9"),
    mergedAreas: supportsExcelApi("1.13"),
  };
}

/** Office.context.document.settings, or null where the host has none (never in Excel proper). */
export function documentSettings(): Office.Settings | null {
  if (typeof Office === "undefined") return null;
  return Office.context?.document?.settings ?? null;
}

/** The open workbook's file name as the planner knows it, for grids' `file`. */
export function workbookFileName(): string {
  const url = typeof Office === "undefined" ? undefined : Office.context?.document?.url;
  if (typeof url === "string" && url.trim() !== "") {
    const last = url.split(/[\\/]/).pop() ?? "";
    try {
      if (last) return decodeURIComponent(last);
    } catch {
      return last;
    }
  }
  return "Sổ làm việc này";
}

/** Office for Mac blocks downloads from add-ins: offering one there only seems to work. */
export function downloadsBlocked(): boolean {
  if (typeof Office === "undefined") return false;
  const platform: unknown = Office.context?.platform;
  return platform === "Mac" || platform === "iOS";
}
