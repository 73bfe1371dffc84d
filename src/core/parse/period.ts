/**
 * Reporting periods (kỳ báo cáo) as planners write them: "Tháng 5/2026", "Quý I/2026",
 * "6 tháng đầu năm 2026", "9 tháng năm 2026", "Năm 2026". Text is compared without marks and
 * case, so "QUÝ I/2026", "quý 1 năm 2026" and a decomposed "Quý I/2026" all give one period.
 * Legacy-encoded text (TCVN3, VNI) must be converted by the caller first (see text/legacy).
 */

import type { Period, PeriodKind } from "../types";
import { foldKey } from "../text/normalize";
import { roman } from "../text/roman";

const ROMAN_QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** Years outside this window are typos, not periods. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

/**
 * Builds a period with its canonical key and label. `n` is the month (1–12) for "month", the
 * quarter (1–4) for "quarter"; for "6months" `half` says which half (default first).
 */
export function makePeriod(
  kind: PeriodKind,
  year: number,
  n?: number,
  half: "first" | "last" = "first",
): Period {
  switch (kind) {
    case "month": {
      const month = n ?? 1;
      return {
        kind,
        year,
        month,
        key: `${year}-M${String(month).padStart(2, "0")}`,
        label: `Tháng ${month}/${year}`,
      };
    }
    case "quarter": {
      const quarter = n ?? 1;
      return {
        kind,
        year,
        quarter,
        key: `${year}-Q${quarter}`,
        label: `Quý ${roman(quarter)}/${year}`,
      };
    }
    case "6months":
      return half === "last"
        ? { kind, year, half, key: `${year}-H2`, label: `6 tháng cuối năm ${year}` }
        : { kind, year, half, key: `${year}-H1`, label: `6 tháng đầu năm ${year}` };
    case "9months":
      return { kind, year, key: `${year}-9M`, label: `9 tháng năm ${year}` };
    case "year":
      return { kind, year, key: `${year}-Y`, label: `Năm ${year}` };
  }
}

// Separators between the period number and the year: "5/2026", "5-2026", "5.2026", "5 năm 2026".
const SEP = String.raw`\s*(?:/|-|\.|,|\s)\s*(?:nam\s*)?`;
const YEAR = String.raw`(\d{4})(?!\d)`;

const HALF_RE = new RegExp(
  String.raw`(?:^|[^\d])6\s*thang\s*(dau|cuoi)?\s*(?:nam\s*)?[/\-]?\s*` + YEAR,
);
const NINE_RE = new RegExp(
  String.raw`(?:^|[^\d])9\s*thang\s*(?:dau\s*)?(?:nam\s*)?[/\-]?\s*` + YEAR,
);
const QUARTER_RE = new RegExp(
  String.raw`(?:^|[^a-z])quy\s*(iv|iii|ii|i|v|\d)(?![a-z\d])` + SEP + YEAR,
);
const MONTH_RE = new RegExp(String.raw`(?:^|[^a-z])thang\s*(\d{1,2})(?!\d)` + SEP + YEAR);
const YEAR_RE = new RegExp(String.raw`(?:^|[^a-z])nam\s*` + YEAR);
const BARE_YEAR_RE = /^(\d{4})$/;

function okYear(s: string): number | null {
  const y = Number(s);
  return Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
}

/**
 * Reads a period from text such as "Tháng 05 năm 2026", "Quý IV/2025", "6 tháng năm 2026"
 * (the first half), "6 tháng cuối năm 2026", "9 tháng đầu năm 2026", "Ước thực hiện năm 2026".
 * The first period found wins in the order half-year, nine months, quarter, month, year, so that
 * "6 tháng đầu năm 2026" is never read as "Năm 2026". null when no period can be read.
 */
export function parsePeriod(text: string): Period | null {
  if (typeof text !== "string") return null;
  const s = foldKey(text);
  if (s === "") return null;

  let m = HALF_RE.exec(s);
  if (m) {
    const y = okYear(m[2]);
    if (y !== null) return makePeriod("6months", y, undefined, m[1] === "cuoi" ? "last" : "first");
  }
  m = NINE_RE.exec(s);
  if (m) {
    const y = okYear(m[1]);
    if (y !== null) return makePeriod("9months", y);
  }
  m = QUARTER_RE.exec(s);
  if (m) {
    const q = ROMAN_QUARTERS[m[1]] ?? Number(m[1]);
    const y = okYear(m[2]);
    // A quarter or month that does not exist is a typo: never fall back to "the year".
    return y !== null && q >= 1 && q <= 4 ? makePeriod("quarter", y, q) : null;
  }
  m = MONTH_RE.exec(s);
  if (m) {
    const month = Number(m[1]);
    const y = okYear(m[2]);
    return y !== null && month >= 1 && month <= 12 ? makePeriod("month", y, month) : null;
  }
  m = YEAR_RE.exec(s) ?? BARE_YEAR_RE.exec(s);
  if (m) {
    const y = okYear(m[1]);
    if (y !== null) return makePeriod("year", y);
  }
  return null;
}

// "ngày 15 tháng 6 năm 2026", "ngày … tháng … năm …", "15/6/2026": dates, never periods.
const DATE_WORDS_RE = /ngày\s*[\d.…_\s]*tháng\s*[\d.…_\s]*năm\s*[\d.…_]*/giu;
const DATE_DIGITS_RE = /(?<!\d)\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}(?!\d)/gu;

/**
 * The period a line of text names once its dates are set aside: the place-and-date line
 * ("Tam Dương, ngày 15 tháng 6 năm 2026") names none, and "(Kèm theo Báo cáo ngày 15/6/2026
 * về tình hình 6 tháng đầu năm 2026)" names the half-year, not June.
 */
export function periodOutsideDates(text: string): Period | null {
  return parsePeriod(text.replace(DATE_WORDS_RE, " ").replace(DATE_DIGITS_RE, " "));
}

/** The same period one year earlier (the "cùng kỳ năm trước" a report compares with). */
export function previousPeriod(p: Period): Period {
  const n = p.kind === "month" ? p.month : p.kind === "quarter" ? p.quarter : undefined;
  return makePeriod(p.kind, p.year - 1, n, p.half ?? "first");
}

/** Two periods are the same when their canonical keys are. null equals only null. */
export function periodsEqual(a: Period | null | undefined, b: Period | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return a.key === b.key;
}
