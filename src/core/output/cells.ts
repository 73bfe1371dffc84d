/** Small constructors for planned cells, so sheet layouts read as tables, not object soup. */
import type { SummaryRow } from "../consolidate/types";
import type { CellStyle, PlannedCell } from "../types";

export const FONT = "Times New Roman";

export function text(value: string | null | undefined, style?: CellStyle): PlannedCell {
  return {
    value: value === null || value === undefined || value === "" ? null : { text: value },
    style,
  };
}

export function num(value: number | null | undefined, style?: CellStyle): PlannedCell {
  return {
    value:
      value === null || value === undefined || !Number.isFinite(value) ? null : { number: value },
    style,
  };
}

export function blank(style?: CellStyle): PlannedCell {
  return { value: null, style };
}

/**
 * Excel number format for a figure: whole numbers with thousands grouping, others with the
 * decimals the catalog asks for (or two). Separators follow the reader's Excel locale, so a
 * Vietnamese Excel shows 1.820 and 2.715,40.
 */
export function numberFormat(value: number | null | undefined, decimals?: number): string {
  return rowNumberFormat([value], decimals);
}

/**
 * One format for figures read side by side (an indicator's cùng kỳ, plans and thực hiện):
 * whole figures never show ",00"; others show the catalog's decimals (default 2), and no more
 * than the most any of them has, so 12,5 stays 12,5 alone, and 29.238,60 stands beside
 * 29.364,68 rather than 29.238,6 as if it were rounded coarser.
 */
export function rowNumberFormat(
  values: Iterable<number | null | undefined>,
  decimals?: number,
): string {
  const d = rowDecimals(values, decimals);
  return d > 0 ? "#,##0." + "0".repeat(d) : "#,##0";
}

/** The decimals rowNumberFormat shows, for writing the same figures as text. */
export function rowDecimals(
  values: Iterable<number | null | undefined>,
  decimals?: number,
): number {
  let has = 0;
  for (const v of values) if (v !== null && v !== undefined) has = Math.max(has, decimalsShown(v));
  return Math.min(decimals ?? 2, has);
}

/** An indicator's figures as its row shows them: cùng kỳ, thực hiện, its plans given as numbers. */
export function rowFigures(row: SummaryRow): Array<number | null> {
  const plans = row.plans.map((p) => (p.value?.kind === "number" ? p.value.value : null));
  return [row.previous, row.current, ...plans];
}

function decimalsShown(value: number): number {
  if (Number.isInteger(value)) return 0;
  for (let d = 1; d < 6; d++) {
    if (Math.abs(Math.round(value * 10 ** d) - value * 10 ** d) < 1e-6) return d;
  }
  return 6;
}

export const PERCENT_FORMAT = "#,##0.00";

/** The same style with its frame: every cell of a printed table has thin borders. */
export function framed(style: CellStyle = {}): CellStyle {
  return { fontName: FONT, fontSize: 12, border: true, vAlign: "middle", ...style };
}
