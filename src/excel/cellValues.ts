/**
 * Office.js cell values → the core's CellValue. Office gives "" for empty cells, error
 * values as strings ("#REF!"), and dates as serial numbers whose number format says date.
 */
import type { CellValue } from "../core/types";

const ERROR_CODES = new Set([
  "#REF!",
  "#DIV/0!",
  "#N/A",
  "#VALUE!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

/**
 * True for a number format that shows a date or time (d, m, y, h, s outside quoted text,
 * escapes and [..] sections). Elapsed durations like [h]:mm are not dates.
 */
export function isDateFormat(numberFormat: string | null | undefined): boolean {
  if (!numberFormat) return false;
  const f = numberFormat.trim();
  if (f === "" || /^general$/i.test(f) || f === "@") return false;
  if (/\[(h+|m+|s+)\]/i.test(f)) return false;
  // Only the first section (positive numbers) decides.
  const first = f.split(";")[0];
  const stripped = first
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_./g, "");
  return /[dmyhs]/i.test(stripped) && !/^[#0.,%\s]*$/.test(stripped);
}

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);

/**
 * Excel serial (1900 date system) → JS Date at UTC midnight (+ time of day). Serials below 61
 * sit before Excel's fictitious 29 Feb 1900 and are one day off from the 1899-12-30 epoch.
 */
export function excelSerialToDate(serial: number): Date {
  const adjusted = serial < 61 ? serial + 1 : serial;
  return new Date(EPOCH_1900 + Math.round(adjusted * MS_PER_DAY));
}

export function toCellValue(value: unknown, numberFormat?: string | null): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") {
    if (value === "") return null;
    if (ERROR_CODES.has(value)) return { kind: "error", code: value };
    return value;
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    if (isDateFormat(numberFormat) && value >= 0 && value < 2_958_466)
      return excelSerialToDate(value);
    return value;
  }
  if (typeof value === "boolean") return value;
  return null;
}
