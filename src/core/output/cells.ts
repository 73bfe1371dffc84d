/** Small constructors for planned cells, so sheet layouts read as tables, not object soup. */
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
  const d = decimals ?? (value !== null && value !== undefined && !Number.isInteger(value) ? 2 : 0);
  return d > 0 ? "#,##0." + "0".repeat(d) : "#,##0";
}

export const PERCENT_FORMAT = "#,##0.00";

/** The same style with its frame: every cell of a printed table has thin borders. */
export function framed(style: CellStyle = {}): CellStyle {
  return { fontName: FONT, fontSize: 12, border: true, vAlign: "middle", ...style };
}
