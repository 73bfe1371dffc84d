/**
 * Resolving a parsed sheet: each row is matched to the catalog, its figures are brought to the
 * catalog's unit, and every value that cannot be trusted is set aside with its reason. Rules and
 * consolidation both read this, so a value left out here is left out everywhere.
 */
import { isCountUnit, unitFactor } from "../catalog";
import { matchKey } from "../text/normalize";
import type {
  CatalogIndicator,
  IndicatorRow,
  NumberStatus,
  IndicatorSheet,
  NumberField,
  PlanField,
  PlanValue,
} from "../types";
import type { ExcludedValue, Matcher, ResolvedRow, ResolvedSheet, ValueField } from "./types";
import { isUsableStatus } from "../text/readNumber";

/** Key of an indicator the catalog does not know: its own name, as labels are compared. */
/** Between an unknown part's name key and its total's key (see resolveSheet). */
const PART_OF = "\u0000";

export function unknownKey(name: string): string {
  return "?" + matchKey(name);
}

/** True when the field's status gives a value (a number cell, or text holding one number). */
export function isUsable(field: { status: NumberStatus } | null | undefined): boolean {
  return !!field && isUsableStatus(field.status);
}

/** Drops the float noise a unit conversion adds (2.7 × 1000 = 2700.0000000000005). */
export function scale(value: number, factor: number): number {
  if (factor === 1) return value;
  return Number((value * factor).toPrecision(15));
}

// unitFactor normalises both spellings on every call; a batch asks the same few pairs
// (ha→ha, tấn→tấn …) tens of thousands of times, so answers are kept: by the catalog's unit,
// then the row's (no joined key string per row). Bounded: units are few, but a hostile file
// could write a different "unit" in every row.
const factorCache = new Map<string, Map<string, number | null>>();
let factorCacheSize = 0;
const FACTOR_CACHE_MAX = 10_000;

/** 1 when the same or nothing to compare; null when the catalog cannot convert. */
function factorFor(row: IndicatorRow, indicator: CatalogIndicator | null): number | null {
  if (!indicator || !row.unit || row.unit.trim() === "") return 1;
  let byRowUnit = factorCache.get(indicator.unit);
  if (byRowUnit === undefined) {
    byRowUnit = new Map();
    factorCache.set(indicator.unit, byRowUnit);
  }
  const known = byRowUnit.get(row.unit);
  if (known !== undefined) return known;
  const factor = unitFactor(row.unit, indicator.unit);
  if (factorCacheSize >= FACTOR_CACHE_MAX) {
    factorCache.clear();
    factorCacheSize = 0;
    factorCache.set(indicator.unit, byRowUnit);
    byRowUnit.clear();
  }
  byRowUnit.set(row.unit, factor);
  factorCacheSize++;
  return factor;
}

function scalePlan(plan: PlanValue, factor: number): PlanValue {
  // Unconverted, the parsed plan itself (plain data nobody changes): no copy per row.
  if (factor === 1) return plan;
  switch (plan.kind) {
    case "number":
      return { kind: "number", value: scale(plan.value, factor) };
    case "range":
      return { ...plan, low: scale(plan.low, factor), high: scale(plan.high, factor) };
    case "bound":
      return { ...plan, value: scale(plan.value, factor) };
    case "text":
      return plan;
  }
}

/** Why a field that holds something gives no value, or null when it is simply empty/usable. */
function unreadableReason(status: string): string | null {
  switch (status) {
    case "invalid":
    case "not-number":
      return "không phải là một số hợp lệ";
    case "error":
      return "ô chứa lỗi công thức";
    default:
      return null;
  }
}

/**
 * Range rules that make a figure impossible (a negative area, a share above 100%): such a
 * value is reported as an error and left out, as CONTRACT.md asks of failing values.
 * `shown` is the figure as the cell shows it, for the message.
 */
function outOfRange(
  value: number,
  shown: number,
  indicator: CatalogIndicator | null,
  counts: boolean,
): Pick<ExcludedValue, "kind" | "value" | "reason"> | null {
  // A count (người, hộ, lượt, con …) is never negative, catalogued or not.
  if (value < 0 && (counts || indicator?.nonNegative))
    return { kind: "negative", value: shown, reason: "giá trị âm" };
  if (!indicator) return null;
  if (indicator.isShare && (value < 0 || value > 100)) {
    return { kind: "share", value: shown, reason: "tỷ lệ nằm ngoài khoảng 0–100%" };
  }
  return null;
}

const UNIT_REASON = "đơn vị tính không quy đổi được";

function resolveNumber(
  field: NumberField | null,
  name: ValueField,
  factor: number | null,
  indicator: CatalogIndicator | null,
  counts: boolean,
  excluded: ExcludedValue[],
): number | null {
  if (!field) return null;
  const unreadable = unreadableReason(field.status);
  if (unreadable) {
    excluded.push({ field: name, cell: field.cell, kind: "unreadable", reason: unreadable });
    return null;
  }
  if (!isUsable(field) || field.value === null) return null;
  if (factor === null) {
    excluded.push({ field: name, cell: field.cell, kind: "unit", reason: UNIT_REASON });
    return null;
  }
  // A percent-formatted cell holds 0,925 and shows 92,5%: the planner means what is shown.
  const shown = field.percent === "format" ? scale(field.value, 100) : field.value;
  const value = scale(shown, factor);
  const bad = outOfRange(value, shown, indicator, counts);
  if (bad) {
    excluded.push({ field: name, cell: field.cell, ...bad });
    return null;
  }
  return value;
}

function planNumbers(plan: PlanValue): number[] {
  return plan.kind === "range" ? [plan.low, plan.high] : plan.kind === "text" ? [] : [plan.value];
}

function resolvePlan(
  field: PlanField,
  factor: number | null,
  indicator: CatalogIndicator | null,
  counts: boolean,
  excluded: ExcludedValue[],
): PlanValue | null {
  // A plan in words only ("Theo chỉ tiêu tỉnh giao") is "not-number" yet a real plan, kept as
  // text; only a date or TRUE/FALSE there (no value) is unreadable.
  const unreadable =
    field.status === "not-number" && field.value ? null : unreadableReason(field.status);
  if (unreadable) {
    excluded.push({ field: "plan", cell: field.cell, kind: "unreadable", reason: unreadable });
    return null;
  }
  if (!field.value) return null;
  if (field.value.kind === "text") return field.value; // words only: nothing to convert
  if (factor === null) {
    excluded.push({ field: "plan", cell: field.cell, kind: "unit", reason: UNIT_REASON });
    return null;
  }
  // A plan cell formatted as a percentage holds 0,941 and shows 94,1%, as current and
  // previous cells do: the planner means what is shown.
  const asShown = field.percent === "format" ? scalePlan(field.value, 100) : field.value;
  const plan = scalePlan(asShown, factor);
  const shown = planNumbers(asShown);
  const numbers = planNumbers(plan);
  for (let i = 0; i < numbers.length; i++) {
    const bad = outOfRange(numbers[i], shown[i], indicator, counts);
    if (bad) {
      excluded.push({ field: "plan", cell: field.cell, ...bad });
      return null;
    }
  }
  return plan;
}

// isCountUnit normalises the spelling; a batch writes the same few units on every row.
const countCache = new Map<string, boolean>();

/** Whether the row's figures count things, by the catalog's unit or else the row's own. */
function countsThings(row: IndicatorRow, indicator: CatalogIndicator | null): boolean {
  // A growth rate the catalog allows to be negative is in %, never a count.
  const unit = indicator ? indicator.unit : row.unit;
  if (!unit) return false;
  let known = countCache.get(unit);
  if (known === undefined) {
    known = isCountUnit(unit);
    if (countCache.size >= FACTOR_CACHE_MAX) countCache.clear();
    countCache.set(unit, known);
  }
  return known;
}

/** A row that holds nothing at all (no name, no code, no figure) is not worth resolving. */
function isBlank(row: IndicatorRow): boolean {
  if (row.name.trim() !== "" || (row.code && row.code.trim() !== "")) return false;
  if (row.current && row.current.status !== "empty") return false;
  if (row.previous && row.previous.status !== "empty") return false;
  for (const p of row.plans) if (p && p.status !== "empty") return false;
  return true;
}

// The excluded values of the many rows that have none: one empty list, never added to (the
// rows' own lists are filled before they are kept).
const NONE_EXCLUDED: readonly ExcludedValue[] = Object.freeze([]);

/**
 * The group lines ("3 Chăn nuôi" over its parts) that are headings although the catalog knows
 * their name: "Dân số" over "1.1 Dân số trung bình" names the indicator its part is. Read as
 * its total, the blank line took the indicator and the unit's figure was dropped as a repeat.
 * A group line the catalog does not know at all is a heading too (resolveSheet skips it).
 */
function groupLinesAsHeadings(sheet: IndicatorSheet, match: Matcher): Set<number> {
  const out = new Set<number>();
  for (const g of sheet.rows) {
    if (!g.groupsRows) continue;
    const mine = match(g)?.indicator.code;
    if (mine === undefined) continue;
    for (const part of sheet.rows) {
      if (part.parentRow === g.row && match(part)?.indicator.code === mine) {
        out.add(g.row);
        break;
      }
    }
  }
  return out;
}

export function resolveSheet(sheet: IndicatorSheet, match: Matcher): ResolvedSheet {
  const rows: ResolvedRow[] = [];
  // Sheet row → key, as an array indexed by sheet row (sparse above the table, which is fine).
  const keyByRow: string[] = [];
  const indicatorByRow: (CatalogIndicator | null)[] = [];
  const groupHeadings = groupLinesAsHeadings(sheet, match);
  for (const row of sheet.rows) {
    if (row.isHeading || isBlank(row)) continue;
    // The row itself carries the code and name the matcher reads: no object per row for it.
    let m = match(row);
    if (row.groupsRows && (m === null || groupHeadings.has(row.row))) continue;
    if (m === null && row.parentRow !== null && match.partOf) {
      // "- Lúa" under "Tổng diện tích gieo trồng": the catalog's Diện tích lúa.
      const total = indicatorByRow[row.parentRow];
      if (total) m = match.partOf(total, row);
    }
    const indicator = m ? m.indicator : null;
    indicatorByRow[row.row] = indicator;
    const key = indicator ? indicator.code : unknownKey(row.name);
    const factor = factorFor(row, indicator);
    const excluded: ExcludedValue[] = [];
    const counts = countsThings(row, indicator);
    const current = resolveNumber(row.current, "current", factor, indicator, counts, excluded);
    const previous = resolveNumber(row.previous, "previous", factor, indicator, counts, excluded);
    const plans = row.plans.map((p) => resolvePlan(p, factor, indicator, counts, excluded));
    keyByRow[row.row] = key;
    rows.push({
      row,
      indicator,
      match: m,
      key,
      factor,
      current,
      previous,
      plans,
      parentKey: null,
      excluded: excluded.length > 0 ? excluded : NONE_EXCLUDED,
    });
  }
  // The sheet's own "trong đó" layout wins over the catalog: a department may list parts the
  // catalog does not know, and those still belong to the total above them.
  for (const r of rows) {
    const fromSheet = r.row.parentRow !== null ? keyByRow[r.row.parentRow] : undefined;
    r.parentKey = fromSheet ?? (r.indicator ? r.indicator.parent : null);
    if (r.parentKey === r.key) r.parentKey = null;
    // A part the catalog does not know is known by its name under its total: "Lúa" in ha
    // under the sown area and "Lúa" in tấn under the grain output are two indicators, and
    // one name as the key made the second vanish from the totals. Rows are in sheet order,
    // so a part's total has its final key by the time the part's is made.
    if (!r.indicator && fromSheet !== undefined && r.parentKey !== null) {
      r.key = r.key + PART_OF + r.parentKey;
      keyByRow[r.row.row] = r.key;
    }
  }
  return { file: sheet.file, sheetName: sheet.sheetName, parsed: sheet, rows };
}
