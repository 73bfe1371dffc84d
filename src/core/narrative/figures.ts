/**
 * Figures as the prose writes them: the row's value in the unit shown, rounded the way the
 * catalog says (trailing zeros dropped: "2.050 ha", not "2.050,00 ha"), percentages to one or
 * two decimals. Each comes back as a figure run naming where it came from in the summary.
 */
import { unitFactor, convertValue } from "../catalog/units";
import type { SummaryRow } from "../consolidate/types";
import { autoDecimals, formatViNumber } from "../text/vnNumber";
import type { FigureField, FigureRun } from "./types";

/** Decimals for a change in percent ("giảm 3,25%"). */
export const YOY_PCT_DECIMALS = 2;
/** Decimals for a share of plan reached ("bằng 108,5% dự toán"). */
export const PLAN_PCT_DECIMALS = 1;
/** Decimals for money shown in a larger unit than kept (24.860 triệu → "24,86 tỷ đồng"). */
export const CONVERTED_DECIMALS = 2;

/** Is this a percentage indicator (tỷ lệ, tốc độ): changes are then in điểm phần trăm. */
export function isPercentUnit(unit: string): boolean {
  return unit.trim() === "%";
}

export interface Shown {
  unit: string;
  /** summary value × scale = value shown. */
  scale: number;
  /** Most decimals to show, trailing zeros dropped; undefined = automatic. */
  maxDecimals: number | undefined;
}

/**
 * The unit the prose uses for a row: the catalog's display unit when it converts from the
 * row's unit (triệu đồng → tỷ đồng), else the row's own unit.
 */
export function shownUnit(row: SummaryRow): Shown {
  if (
    row.displayUnit &&
    row.displayUnit.trim() &&
    row.displayUnit.trim() !== row.measureUnit.trim()
  ) {
    const factor = unitFactor(row.measureUnit, row.displayUnit);
    if (factor !== null && factor !== 1) {
      return { unit: row.displayUnit.trim(), scale: factor, maxDecimals: CONVERTED_DECIMALS };
    }
  }
  return { unit: row.measureUnit.trim(), scale: 1, maxDecimals: row.decimals };
}

/** A summary value in the unit shown; division for larger units keeps 0,1 tỷ exact. */
export function toShown(value: number, row: SummaryRow, shown: Shown): number {
  if (shown.scale === 1) return value;
  return convertValue(value, row.measureUnit, shown.unit) ?? value * shown.scale;
}

/**
 * Decimals to write: at most `max` (automatic when unset), trailing zeros dropped. A non-zero
 * value that would print as 0 gets the automatic decimals instead, so nothing real reads "0".
 */
export function decimalsFor(value: number, max: number | undefined): number {
  if (max === undefined) return autoDecimals(value);
  const text = formatViNumber(value, max);
  const frac = text.split(",")[1] ?? "";
  const d = frac.replace(/0+$/, "").length;
  if (value !== 0 && /^-?[0.,]+$/.test(formatViNumber(value, d))) return autoDecimals(value);
  return d;
}

/**
 * Decimals for a percentage: up to two below 1 % (0,47%), else up to `max`; trailing zeros
 * dropped either way ("0,4%", not "0,40%"; 0,9999 % is "1%", not "1,00%").
 */
export function percentDecimals(pct: number, max: number): number {
  const a = Math.abs(pct);
  if (a !== 0 && a < 1) return decimalsFor(a, Math.max(2, autoDecimals(a)));
  return decimalsFor(a, max);
}

export interface FigureSpec {
  key: string;
  field: FigureField;
  /** The value shown (already scaled / made absolute). */
  value: number;
  decimals: number;
  percent?: boolean;
  scale?: number;
  planIndex?: number;
}

export function figure(spec: FigureSpec): FigureRun {
  const text = formatViNumber(spec.value, spec.decimals) + (spec.percent ? "%" : "");
  const run: FigureRun = {
    kind: "figure",
    text,
    value: spec.value,
    key: spec.key,
    field: spec.field,
    decimals: spec.decimals,
    percent: spec.percent ?? false,
    scale: spec.scale ?? 1,
  };
  if (spec.planIndex !== undefined) run.planIndex = spec.planIndex;
  return run;
}

/** A row value (current, previous, plan, total) in the unit shown. */
export function valueFigure(
  row: SummaryRow,
  shown: Shown,
  field: FigureField,
  raw: number,
  planIndex?: number,
): FigureRun {
  const value = toShown(raw, row, shown);
  return figure({
    key: row.key,
    field,
    value,
    decimals: decimalsFor(value, shown.maxDecimals),
    scale: shown.scale,
    planIndex,
  });
}
