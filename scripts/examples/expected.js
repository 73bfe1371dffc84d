// @ts-check
"use strict";
/**
 * The consolidated figures the example batch SHOULD give, computed here independently of src/
 * (plain JS over batch.json, with its own catalog excerpt and unit factors written by hand), so
 * the consolidation tests can compare against something that did not come from the code under test.
 *
 * What counts (defaults; each choice that a reasonable consolidator could make differently is an
 * option, so a test states which policy it expects):
 *  - Every worksheet of batch.json except instruction sheets ("Hướng dẫn").
 *  - excludePeriodMismatch (default true): a sheet whose "Kỳ báo cáo" differs from the batch
 *    period ("6 tháng đầu năm 2026") is left out entirely (BCHQS_xa_6T2026.xlsx "Quý II/2026",
 *    so QP01 has no figures).
 *  - Rows whose catalog code is null (not in the catalog), heading rows and "Trong đó:" label
 *    rows count for nothing.
 *  - The same code twice in one sheet: only its first row counts (the repeated LD02 row).
 *  - A value is a number cell, or text that is one Vietnamese-written number ("5.062", "0,47").
 *    Malformed text ("2.7150.000"), error cells (#REF!), empty cells and text plans ("Trên 95",
 *    "63,5-64", "Khoảng 82", "Dưới 0,5") give no number.
 *  - excludeNegative (default true): a negative value of a count/area/money code is an error and
 *    is left out (Thôn Nam's -3 trâu).
 *  - excludeShareOutOfRange (default true): a % share outside 0–100 is an error and is left out
 *    (MT01 104,5).
 *  - Units are converted to the catalog unit with the factors in UNIT_FACTORS (tỷ đồng → triệu
 *    đồng ×1000; con → nghìn con ×0.001). An unknown unit would throw here: the batch has none.
 *  - planColumn (default "first"): with two plan columns (Dự toán tỉnh giao | Dự toán HĐND xã
 *    giao) the left-most counts; "last" takes the right-most.
 *  - aggregation "sum": the sum of the counted values; null when none counts.
 *    "none" (rates, averages): the value when exactly one unit reports it, else null.
 *    "ratio": current and previous are numerator/denominator×100 from the consolidated parts
 *    when both exist (and the denominator is not 0) — the department's own ratio is not trusted
 *    (YT03: 92,90…, not 93,8); otherwise the single reported value of the ratio code itself.
 *    A ratio's plan is the target the unit wrote for the ratio (GD03 83,33; CC03 100; null for
 *    text such as YT03 "Trên 94"), never recomputed from the parts' plans.
 *  - yoy = { abs: current − previous, pct: (current/previous − 1)×100 }, planPct =
 *    current/plan×100, both unrounded, null when a side is missing (or 0). For sums they are
 *    like for like: null unless every unit listing the code has a counted current value and the
 *    units with a counted cùng kỳ (or kế hoạch) are exactly those (a unit whose figure is left
 *    out must not leave its cùng kỳ or plan in the comparison).
 *  - Sums are rounded to 9 decimals to drop binary noise (31.500000000000004); compare with
 *    toBeCloseTo(x, 6).
 *
 * `previous` here is the departments' own "cùng kỳ" figures. Last year's consolidated workbook
 * (examples/previous/TongHop_6thang_2025.xlsx) is given by lastYearWorkbook(); it disagrees with
 * the departments on the codes listed by previousDisagreements().
 */

const fs = require("fs");
const path = require("path");
const { parseVnNumber } = require("./vnnumber");

/**
 * Excerpt of the catalog (CATALOG_CODES.md): unit, aggregation, ratio parts, share/non-negative.
 * @type {Record<string, { unit: string, agg: "sum" | "none" | "ratio", ratio?: [string, string], share?: boolean }>}
 */
const CATALOG = {
  NN01: { unit: "ha", agg: "sum" },
  NN02: { unit: "ha", agg: "sum" },
  NN03: { unit: "ha", agg: "sum" },
  NN04: { unit: "tấn", agg: "sum" },
  NN05: { unit: "tạ/ha", agg: "none" },
  NN06: { unit: "con", agg: "sum" },
  NN07: { unit: "con", agg: "sum" },
  NN08: { unit: "con", agg: "sum" },
  NN09: { unit: "nghìn con", agg: "sum" },
  NN10: { unit: "%", agg: "none", share: true },
  NN11: { unit: "thôn", agg: "sum" },
  CN01: { unit: "triệu đồng", agg: "sum" },
  CN02: { unit: "triệu đồng", agg: "sum" },
  CN03: { unit: "doanh nghiệp", agg: "sum" },
  DT01: { unit: "triệu đồng", agg: "sum" },
  DT02: { unit: "triệu đồng", agg: "sum" },
  DT03: { unit: "%", agg: "none", share: true },
  NS01: { unit: "triệu đồng", agg: "sum" },
  NS02: { unit: "triệu đồng", agg: "sum" },
  NS03: { unit: "triệu đồng", agg: "sum" },
  NS04: { unit: "triệu đồng", agg: "sum" },
  NS05: { unit: "triệu đồng", agg: "sum" },
  NS06: { unit: "triệu đồng", agg: "sum" },
  QP01: { unit: "người", agg: "sum" },
  QP02: { unit: "vụ", agg: "sum" },
  QP03: { unit: "vụ", agg: "sum" },
  QP04: { unit: "người", agg: "sum" },
  GD01: { unit: "trường", agg: "sum" },
  GD02: { unit: "trường", agg: "sum" },
  GD03: { unit: "%", agg: "ratio", ratio: ["GD02", "GD01"], share: true },
  GD04: { unit: "học sinh", agg: "sum" },
  YT01: { unit: "người", agg: "sum" },
  YT02: { unit: "người", agg: "sum" },
  YT03: { unit: "%", agg: "ratio", ratio: ["YT02", "YT01"], share: true },
  YT04: { unit: "%", agg: "none", share: true },
  YT05: { unit: "trạm", agg: "sum" },
  VH01: { unit: "%", agg: "none", share: true },
  VH02: { unit: "thôn", agg: "sum" },
  LD01: { unit: "người", agg: "sum" },
  LD02: { unit: "người", agg: "sum" },
  LD03: { unit: "hộ", agg: "sum" },
  LD04: { unit: "hộ", agg: "sum" },
  LD05: { unit: "%", agg: "ratio", ratio: ["LD04", "LD03"], share: true },
  CC01: { unit: "hồ sơ", agg: "sum" },
  CC02: { unit: "hồ sơ", agg: "sum" },
  CC03: { unit: "%", agg: "ratio", ratio: ["CC02", "CC01"], share: true },
  MT01: { unit: "%", agg: "none", share: true },
  MT02: { unit: "%", agg: "none", share: true },
  TD01: { unit: "lượt", agg: "sum" },
  TD02: { unit: "đơn", agg: "sum" },
  TD03: { unit: "đơn", agg: "sum" },
};

/** "unit as written → catalog unit": factor. Same unit is 1. */
const UNIT_FACTORS = {
  "tỷ đồng→triệu đồng": 1000,
  "con→nghìn con": 0.001,
};

/** @param {string} written @param {string} catalogUnit */
function unitFactor(written, catalogUnit) {
  const w = written.normalize("NFC").trim().toLowerCase();
  if (w === catalogUnit) return 1;
  const f = /** @type {Record<string, number>} */ (UNIT_FACTORS)[`${w}→${catalogUnit}`];
  if (f === undefined) throw new Error(`expected.js: no factor for ${w} → ${catalogUnit}`);
  return f;
}

/** @param {number} x */
const round9 = (x) => Math.round(x * 1e9) / 1e9;

/** @param {unknown} v @returns {number | null} */
function readNumber(v) {
  if (typeof v === "number") return v;
  if (typeof v === "string") return parseVnNumber(v);
  return null; // empty, error cell, date
}

/**
 * @typedef {{ excludePeriodMismatch?: boolean, excludeNegative?: boolean, excludeShareOutOfRange?: boolean, planColumn?: "first" | "last" }} Options
 * @typedef {{ file: string, sheet: string, unit: string, field: "current" | "previous" | "plan", value: number }} Contribution
 */

/**
 * Every catalog row that counts, once per sheet (a repeated code counts once); only sheets of
 * the batch's period when `excludePeriodMismatch`.
 * @param {boolean} excludePeriodMismatch
 */
function* catalogRows(excludePeriodMismatch) {
  const batch = JSON.parse(fs.readFileSync(path.join(__dirname, "batch.json"), "utf8"));
  for (const wb of batch.workbooks) {
    for (const raw of wb.sheets) {
      const sheet = raw.template ? { ...batch.templates[raw.template], ...raw } : raw;
      if (sheet.instructions) continue;
      if (excludePeriodMismatch && sheet.periodText.normalize("NFC") !== batch.period) continue;
      const seen = new Set();
      for (const row of sheet.rows) {
        if (row.heading || row.label || !row.code || !CATALOG[row.code]) continue;
        if (seen.has(row.code)) continue;
        seen.add(row.code);
        yield { wb, sheet, row };
      }
    }
  }
}

/** The units whose sheets list a code at all, whatever its figures: "a|b|c". @param {string} code */
function listedUnits(code) {
  const units = new Set();
  for (const { sheet, row } of catalogRows(true)) if (row.code === code) units.add(sheet.unit);
  return [...units].sort().join("|");
}

/**
 * Every value that counts, converted to the catalog unit.
 * @param {Options} [options]
 * @returns {Record<string, Contribution[]>}
 */
/**
 * Whether every unit listing a code has a current value that counts (a sum missing one is not
 * compared with last year's total). @param {string} code
 */
function currentComplete(code) {
  const counted = new Set(
    (expectedContributions()[code] || []).filter((c) => c.field === "current").map((c) => c.unit),
  );
  return [...counted].sort().join("|") === listedUnits(code);
}

function expectedContributions(options = {}) {
  const o = {
    excludePeriodMismatch: true,
    excludeNegative: true,
    excludeShareOutOfRange: true,
    planColumn: "first",
    ...options,
  };
  /** @type {Record<string, Contribution[]>} */
  const out = {};
  for (const { wb, sheet, row } of catalogRows(o.excludePeriodMismatch)) {
    const cat = CATALOG[row.code];
    const factor = unitFactor(row.unit, cat.unit);
    const plan = Array.isArray(row.plan)
      ? row.plan[o.planColumn === "last" ? row.plan.length - 1 : 0]
      : row.plan;
    /** @type {[Contribution["field"], unknown][]} */
    const fields = [
      ["current", row.cur],
      ["previous", row.prev],
      ["plan", plan],
    ];
    for (const [field, rawValue] of fields) {
      const v = readNumber(rawValue);
      if (v === null) continue;
      if (o.excludeNegative && !cat.share && v < 0) continue;
      if (o.excludeShareOutOfRange && cat.share && (v < 0 || v > 100)) continue;
      (out[row.code] ||= []).push({
        file: wb.file,
        sheet: sheet.name,
        unit: sheet.unit,
        field,
        value: round9(v * factor),
      });
    }
  }
  return out;
}

/**
 * @typedef {{ current: number | null, previous: number | null, plan: number | null,
 *   yoy: { abs: number, pct: number } | null, planPct: number | null }} Expected
 */

/**
 * The expected consolidated figures, one entry per catalog code.
 * @param {Options} [options]
 * @returns {Record<string, Expected>}
 */
function expectedSummary(options = {}) {
  const contributions = expectedContributions(options);
  /** @type {(code: string, field: Contribution["field"]) => number | null} */
  const direct = (code, field) => {
    const cat = CATALOG[code];
    const values = (contributions[code] || []).filter((c) => c.field === field).map((c) => c.value);
    if (values.length === 0) return null;
    if (cat.agg === "sum") return round9(values.reduce((a, b) => a + b, 0));
    return values.length === 1 ? values[0] : null;
  };
  /** @type {Record<string, Expected>} */
  const out = {};
  for (const code of Object.keys(CATALOG)) {
    const cat = CATALOG[code];
    /** @param {Contribution["field"]} field */
    const value = (field) => {
      if (cat.agg === "ratio" && cat.ratio && field !== "plan") {
        const num = direct(cat.ratio[0], field);
        const den = direct(cat.ratio[1], field);
        if (num !== null && den !== null && den !== 0) return (num / den) * 100;
        const own = (contributions[code] || []).filter((c) => c.field === field);
        return own.length === 1 ? own[0].value : null;
      }
      return direct(code, field);
    };
    const current = value("current");
    const previous = value("previous");
    const plan = value("plan");
    const likeForLike = (/** @type {Contribution["field"]} */ field) => {
      if (cat.agg !== "sum") return true;
      const units = (/** @type {Contribution["field"]} */ f) =>
        [...new Set((contributions[code] || []).filter((c) => f === undefined || c.field === f).map((c) => c.unit))].sort().join("|");
      const cur = units("current");
      return cur === listedUnits(code) && units(field) === cur;
    };
    out[code] = {
      current,
      previous,
      plan,
      yoy:
        current !== null && previous !== null && previous !== 0 && likeForLike("previous")
          ? { abs: current - previous, pct: (current / previous - 1) * 100 }
          : null,
      planPct:
        current !== null && plan !== null && plan !== 0 && likeForLike("plan")
          ? (current / plan) * 100
          : null,
    };
  }
  return out;
}

/**
 * Last year's consolidated workbook as written (previous.json): "Thực hiện" 6 tháng 2025 is
 * `current`, its "Cùng kỳ" (2024) `previous`, its "Kế hoạch" (2025) `plan` (null when text).
 * @returns {Record<string, { current: number | null, previous: number | null, plan: number | null }>}
 */
function lastYearWorkbook() {
  const prev = JSON.parse(fs.readFileSync(path.join(__dirname, "previous.json"), "utf8"));
  /** @type {Record<string, { current: number | null, previous: number | null, plan: number | null }>} */
  const out = {};
  for (const row of prev.rows) {
    if (row.heading) continue;
    out[row.code] = {
      current: readNumber(row.cur),
      previous: readNumber(row.prev),
      plan: readNumber(row.plan),
    };
  }
  return out;
}

/**
 * Codes whose last-year workbook "Thực hiện" differs from this year's departments' "cùng kỳ".
 * @param {Options} [options]
 * @returns {{ code: string, lastYear: number, departments: number }[]}
 */
function previousDisagreements(options = {}) {
  const summary = expectedSummary(options);
  const last = lastYearWorkbook();
  const out = [];
  for (const [code, l] of Object.entries(last)) {
    const d = summary[code] ? summary[code].previous : null;
    if (l.current === null || d === null) continue;
    // The workbook shows ratios to 2 decimals; every other figure is whole or 1-decimal.
    if (Math.abs(l.current - d) >= 0.01) out.push({ code, lastYear: l.current, departments: d });
  }
  return out;
}

module.exports = {
  currentComplete,
  CATALOG,
  UNIT_FACTORS,
  expectedContributions,
  expectedSummary,
  lastYearWorkbook,
  previousDisagreements,
};
