/**
 * What a validation rule is, and the few helpers every rule's message uses so that all of them
 * read the same to a planner: names in “curly quotes”, figures the Vietnamese way.
 */
import { formatViNumber } from "../text/vnNumber";
import type { NumberField } from "../types";
import type { ResolvedRow } from "./types";

export type {
  BatchRule,
  Finding,
  Rule,
  RuleContext,
  SheetRef,
  SheetRule,
  ValidateOptions,
} from "./types";
import { isUsableStatus } from "../text/readNumber";

/** “text” the way Vietnamese documents quote. */
export function q(text: string): string {
  return "\u201C" + text + "\u201D";
}

/** A figure in Vietnamese notation: 1820 → "1.820", 2715.4 → "2.715,4". */
export function num(n: number, decimals?: number): string {
  return formatViNumber(n, decimals);
}

/** A figure with its unit, "1.820 ha"; percentages glued, "98,5%". */
export function withUnit(n: number, unit: string | null | undefined): string {
  if (!unit) return num(n);
  if (unit.trim() === "%") return num(n) + "%";
  return num(n) + " " + unit;
}

/** How the planner knows the row: its name as written, or the catalog name, or its row. */
export function rowLabel(r: ResolvedRow): string {
  if (r.row.name.trim() !== "") return q(r.row.name);
  if (r.indicator) return q(r.indicator.name);
  return "dòng " + r.row.row;
}

/** The unit resolved values are in: the catalog's for known indicators, else the row's. */
export function valueUnit(r: ResolvedRow): string | null {
  return r.indicator ? r.indicator.unit : r.row.unit;
}

/** The text of a cell as the department typed it, for quoting back. */
export function rawText(field: { raw: unknown }): string {
  const raw = field.raw;
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "object" && raw !== null && "kind" in raw && "code" in raw) {
    return String((raw as { code: unknown }).code);
  }
  if (raw instanceof Date) return raw.toISOString().slice(0, 10);
  return String(raw);
}

/** A number field's value when it is usable, in the row's own unit. */
export function readable(field: NumberField | null): number | null {
  if (!field || !isUsableStatus(field.status)) return null;
  return field.value;
}
