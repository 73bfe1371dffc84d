/**
 * Plan cells (kế hoạch, dự toán). Targets are often not one number: the province sets
 * "6,6-6,8" for a growth rate, "Trên 4" for a share, "Khoảng 4" for a count. Each is kept as
 * what it says, so a comparison never invents a number the plan did not give.
 *
 * Statuses (NumberStatus) for plans:
 * - "number": a number cell, or a range / bound written in words ("6,6-6,8", "Trên 4"): the
 *   accepted ways of writing a plan, so no warning is due.
 * - "text-number": one number typed as text ("2.715,40"), read, worth the usual warning.
 * - "not-number": free text with no figure ("Theo chỉ tiêu tỉnh giao"), kept as {kind:"text"}:
 *   the plan exists but nothing can be compared against it.
 * - "invalid": numeric-looking text that is not one number ("1.2.3", "12,5,0", "6,8-6,6"):
 *   an error at the cell, value left out.
 * - "empty": blank or a placeholder ("-", "x", "…"); "error": #REF! and the like; a date or a
 *   TRUE/FALSE cell is "not-number" with no value.
 */

import type { CellValue, NumberStatus, PlanValue } from "../types";
import { cleanText } from "../text/normalize";
import { parseViNumber } from "../text/vnNumber";
import { isUsableStatus, readNumber } from "../text/readNumber";

export interface PlanReading {
  value: PlanValue | null;
  status: NumberStatus;
  /** Set for a number cell with a percent format: the value is the fraction Excel keeps. */
  percent?: "format";
}

type BoundOp = "above" | "atLeast" | "below" | "atMost" | "about";

// Words before the number, longest first so "không dưới" is not read as "dưới".
// Matched on lower-case NFC text (the marks matter: "trên" and "tren" are both accepted).
const BOUND_PREFIXES: Array<[RegExp, BoundOp]> = [
  [/^(?:không|ko|k)\s*(?:dưới|thấp hơn|ít hơn)\s*/u, "atLeast"],
  [/^(?:không|ko|k)\s*(?:vượt quá|quá|vượt|cao hơn|hơn|lớn hơn)\s*/u, "atMost"],
  [/^(?:ít nhất|tối thiểu|thấp nhất)\s*(?:là\s*)?/u, "atLeast"],
  [/^(?:tối đa|cao nhất|nhiều nhất)\s*(?:là\s*)?/u, "atMost"],
  [/^(?:≥|>=|=>|⩾)\s*/u, "atLeast"],
  [/^(?:≤|<=|=<|⩽)\s*/u, "atMost"],
  [/^(?:trên|hơn|lớn hơn|cao hơn|vượt|>)\s*/u, "above"],
  [/^(?:dưới|nhỏ hơn|thấp hơn|ít hơn|<)\s*/u, "below"],
  [/^(?:khoảng|xấp xỉ|xấp xĩ|ước|chừng|~|≈)\s*/u, "about"],
];

// "Từ 4 trở lên", "4 trở lên" / "3 trở xuống" put the word after the number.
const SUFFIX_BOUNDS: Array<[RegExp, BoundOp]> = [
  [/\s*trở lên$/u, "atLeast"],
  [/\s*trở xuống$/u, "atMost"],
];

// Range separators: hyphen and dashes, "÷", "~" between two numbers, "đến"/"tới".
const RANGE_RE = /^(?:từ\s*)?(.+?)\s*(?:-|–|—|÷|~|đến|tới)\s*(.+)$/u;

const PLACEHOLDERS = new Set(["-", "–", "—", "−", "--", "...", "…", "x"]);

/** One figure of a plan text; a trailing "%" is allowed and dropped (plans in % keep % units). */
function figure(text: string): number | null {
  const t = text.trim();
  if (t === "") return null;
  return parseViNumber(t);
}

/** Text that looks like it was meant as figures (digits, separators, signs only). */
function looksNumeric(text: string): boolean {
  return /\d/.test(text) && /^[\d\s.,%+\-−–—÷~()≥≤<>=]+$/u.test(text);
}

/** Reads a text plan: one number, a range, a bound, or free text. */
function readPlanText(raw: string): PlanReading {
  const text = cleanText(raw);
  const low = text.toLowerCase();
  if (low === "" || PLACEHOLDERS.has(low)) return { value: null, status: "empty" };

  const single = figure(text);
  if (single !== null) return { value: { kind: "number", value: single }, status: "text-number" };

  for (const [re, op] of SUFFIX_BOUNDS) {
    if (re.test(low)) {
      const body = low.replace(re, "").replace(/^từ\s*/u, "");
      const v = figure(body);
      if (v !== null) return { value: { kind: "bound", op, value: v, text }, status: "number" };
    }
  }
  for (const [re, op] of BOUND_PREFIXES) {
    const m = re.exec(low);
    if (m) {
      const v = figure(low.slice(m[0].length));
      if (v !== null) return { value: { kind: "bound", op, value: v, text }, status: "number" };
      if (looksNumeric(low.slice(m[0].length))) return { value: null, status: "invalid" };
    }
  }

  const r = RANGE_RE.exec(low);
  if (r) {
    // "6,6-6,8%": a percent sign on the high end belongs to both.
    const a = figure(r[1]);
    const b = figure(r[2]);
    if (a !== null && b !== null) {
      if (a > b) return { value: null, status: "invalid" };
      return { value: { kind: "range", low: a, high: b, text }, status: "number" };
    }
  }

  if (looksNumeric(text)) return { value: null, status: "invalid" };
  return { value: { kind: "text", text }, status: "not-number" };
}

/**
 * Reads one plan cell. A number cell is a plain number (the number format only tells decimals);
 * text is read as a Vietnamese number, a range ("6,6-6,8", "6,6 ÷ 6,8", "từ 6,6 đến 6,8") or a
 * bound ("Trên 4", "Từ 4 trở lên", "≥ 4", "Dưới 3", "Không quá 3", "Khoảng 4"). See the module
 * comment for the statuses.
 */
export function readPlan(raw: CellValue | undefined, numFmt?: string | null): PlanReading {
  if (typeof raw === "string") return readPlanText(raw);
  const n = readNumber(raw, numFmt);
  if (n.value !== null && isUsableStatus(n.status)) {
    const reading: PlanReading = { value: { kind: "number", value: n.value }, status: n.status };
    if (n.percent === "format") reading.percent = "format";
    return reading;
  }
  return { value: null, status: n.status };
}
