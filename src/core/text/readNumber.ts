/**
 * How one cell's figure is read. Departments send true number cells, numbers typed as text
 * ("2.715,40"), placeholders ("-") for "nothing to report", Excel errors from broken formulas,
 * and free text. Each gets its own status so checks can say exactly what is wrong, and only
 * "number" and "text-number" give a value: nothing else is ever guessed into a figure.
 */

import type { CellValue, NumberStatus } from "../types";
import { cleanText } from "./normalize";
import { parseViNumberDetailed } from "./vnNumber";

export interface ReadNumberResult {
  value: number | null;
  status: NumberStatus;
  /** Decimals the user sees: from the number format for number cells, as typed for text. */
  shownDecimals?: number;
  /**
   * Where a percent sign came from, when there was one:
   * - "format": a number cell with a percent format ("0.00%"). The value is kept RAW, as Excel
   *   stores it (0.0047 is shown as "0,47%"); a caller comparing with a ratio in percent units
   *   multiplies by 100. shownDecimals counts the decimals of the shown percentage.
   * - "text": text such as "12,5%". The value is the number as written (12.5), already in
   *   percent units.
   */
  percent?: "format" | "text";
}

/**
 * Placeholders planners type for "no figure" (nothing to report this period). A hyphen and its
 * typographic cousins, and the ellipsis the statistics office uses for "no data".
 */
const PLACEHOLDERS = new Set(["-", "–", "—", "−", "--", "...", "…", "x", "X"]);

/** Reads a cell's figure; `numFmt` is the cell's Excel number format code when the host has it. */
/** The statuses that give a value: a number cell, or text holding exactly one number. */
export function isUsableStatus(status: NumberStatus): boolean {
  return status === "number" || status === "text-number";
}

export function readNumber(raw: CellValue | undefined, numFmt?: string | null): ReadNumberResult {
  if (raw === null || raw === undefined) return { value: null, status: "empty" };
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return { value: null, status: "invalid" };
    const out: ReadNumberResult = { value: raw === 0 ? 0 : raw, status: "number" };
    const fmt = numFmt ? formatInfo(numFmt) : null;
    if (fmt) {
      if (fmt.decimals !== undefined) out.shownDecimals = fmt.decimals;
      if (fmt.percent) out.percent = "format";
    }
    return out;
  }
  if (typeof raw === "string") {
    const s = cleanText(raw);
    if (s === "" || PLACEHOLDERS.has(s)) return { value: null, status: "empty" };
    // Parse the text as typed (only invisible characters removed): cleanText would fold a line
    // break or a double space into one space, turning "12⏎345" (two figures) into a group.
    const p = parseViNumberDetailed(raw.replace(/[\u200B-\u200D\uFEFF]/g, ""));
    if (!p) return { value: null, status: "invalid" };
    const out: ReadNumberResult = {
      value: p.value,
      status: "text-number",
      shownDecimals: p.decimals,
    };
    if (p.percent) out.percent = "text";
    return out;
  }
  if (typeof raw === "boolean" || raw instanceof Date) return { value: null, status: "not-number" };
  if (typeof raw === "object" && (raw as { kind?: unknown }).kind === "error") {
    return { value: null, status: "error" };
  }
  return { value: null, status: "not-number" };
}

// A workbook uses a handful of format codes for thousands of cells: each is described once.
// Bounded, for a hostile file with a different code in every cell.
const formatCache = new Map<string, Readonly<NumberFormatInfo>>();
const FORMAT_CACHE_MAX = 2_000;

// The last code asked about and its description: a sheet's figure cells nearly all share one
// code, and the host gives each cell its own copy of the text, so comparing with the last one
// (a few characters) spares hashing every copy for the map.
let lastNumFmt = "";
let lastInfo: Readonly<NumberFormatInfo> | null = null;

/** describeNumberFormat's answer for the code, kept: what readNumber reads a number cell by. */
export function formatInfo(numFmt: string): Readonly<NumberFormatInfo> {
  if (lastInfo !== null && numFmt === lastNumFmt) return lastInfo;
  let info = formatCache.get(numFmt);
  if (info === undefined) {
    info = describeNumberFormat(numFmt);
    if (formatCache.size >= FORMAT_CACHE_MAX) formatCache.clear();
    formatCache.set(numFmt, info);
  }
  lastNumFmt = numFmt;
  lastInfo = info;
  return info;
}

export interface NumberFormatInfo {
  /** Decimals shown, or undefined when the format does not fix them ("General", "@"). */
  decimals?: number;
  /** The format shows the value ×100 with a percent sign. */
  percent: boolean;
  /** The format shows a date or time (the figure is then not a quantity). */
  date: boolean;
}

/**
 * What an Excel number format code shows for a positive number: "#,##0.00" → 2 decimals,
 * "0.0%" → 1 decimal and percent, "General" → decimals unknown. Only the first section
 * (positive numbers) counts; quoted text, escapes, [colours]/[conditions], padding (_x) and
 * fill (*x) are ignored.
 */
export function describeNumberFormat(numFmt: string): NumberFormatInfo {
  const section = firstSection(numFmt);
  const bare = section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/[_*]./g, "");
  const percent = bare.includes("%");
  if (/^\s*general\s*$/i.test(bare) || bare.trim() === "" || bare.trim() === "@") {
    return { percent, date: false };
  }
  const date = /[dDmMyYhHsS]/.test(bare.replace(/E[+-]/g, ""));
  if (date) return { percent: false, date: true };
  const m = /\.([0#?]*)/.exec(bare);
  const decimals = m ? m[1].length : 0;
  return { decimals, percent, date: false };
}

/** The format's first ';'-separated section, respecting quotes and escapes. */
function firstSection(fmt: string): string {
  let inQuote = false;
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c === '"') inQuote = !inQuote;
    else if (c === "\\" && !inQuote) i++;
    else if (c === ";" && !inQuote) return fmt.slice(0, i);
  }
  return fmt;
}
