/**
 * What Excel does with a value written through `range.values` / `range.formulas`: it treats
 * it like typed input. "=…" becomes a formula, "123" a number, "TRUE" a boolean, "6/2024" a
 * date — unless the cell is already formatted as text ("@"). Parsing follows en-US input
 * rules (the fake has no regional settings); the point is that hosts must protect text.
 */

export type FakeCellValue = string | number | boolean;

export interface InterpretedInput {
  value: FakeCellValue;
  /** The formula text when the input became a formula. */
  formula: string | null;
  /** A number format Excel assigns while parsing ("0%", "m/d/yyyy"), applied only over General. */
  impliedFormat?: string;
}

const EXCEL_EPOCH_DAYS = Date.UTC(1899, 11, 30) / 86400000;

function dateSerial(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 9999) return null;
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return t / 86400000 - EXCEL_EPOCH_DAYS;
}

function parseTypedString(s: string): InterpretedInput | null {
  const t = s.trim();
  if (t === "") return null;
  if (/^(true|false)$/i.test(t)) return { value: t.toUpperCase() === "TRUE", formula: null };
  const plain = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
  if (plain.test(t)) return { value: Number(t), formula: null };
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) {
    return { value: Number(t.replace(/,/g, "")), formula: null, impliedFormat: "#,##0" };
  }
  const pct = /^([+-]?(\d+(\.\d*)?|\.\d+))\s*%$/.exec(t);
  if (pct) return { value: Number(pct[1]) / 100, formula: null, impliedFormat: "0%" };
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) {
    const serial = dateSerial(Number(m[3]), Number(m[1]), Number(m[2]));
    if (serial !== null) return { value: serial, formula: null, impliedFormat: "m/d/yyyy" };
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) {
    const serial = dateSerial(Number(m[1]), Number(m[2]), Number(m[3]));
    if (serial !== null) return { value: serial, formula: null, impliedFormat: "m/d/yyyy" };
  }
  m = /^(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) {
    const serial = dateSerial(Number(m[2]), Number(m[1]), 1);
    if (serial !== null) return { value: serial, formula: null, impliedFormat: "mmm-yy" };
  }
  return null;
}

/**
 * Interprets one written element. `null` means "leave the cell unchanged" (as in Office.js);
 * "invalid" is anything Excel rejects (objects, arrays, non-finite numbers).
 */
export function interpretInput(
  raw: unknown,
  currentFormat: string,
): InterpretedInput | null | "invalid" {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "boolean") return { value: raw, formula: null };
  if (typeof raw === "number")
    return Number.isFinite(raw) ? { value: raw, formula: null } : "invalid";
  if (typeof raw !== "string") return "invalid";
  if (currentFormat === "@") return { value: raw, formula: null };
  if (raw.length > 1 && raw.startsWith("=")) return { value: 0, formula: raw };
  if (raw.startsWith("'")) return { value: raw.slice(1), formula: null };
  const typed = parseTypedString(raw);
  if (typed) return typed;
  // Office docs (Range.values): a value starting with "+", "-" or "=" is read as a formula.
  if (raw.length > 1 && (raw.startsWith("+") || raw.startsWith("-")))
    return { value: 0, formula: "=" + raw };
  return { value: raw, formula: null };
}

function groupThousands(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** The cell text Excel shows: a small subset of number formats, General and "@" exactly. */
export function displayText(value: FakeCellValue, numberFormat: string): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const fmt = numberFormat.trim();
  if (fmt === "General" || fmt === "@" || fmt === "") {
    if (Number.isInteger(value)) return String(value);
    return String(Number(value.toPrecision(10)));
  }
  const percent = fmt.endsWith("%");
  const core = percent ? fmt.slice(0, -1) : fmt;
  const m = /^(#,##)?0(\.(0+))?$/.exec(core);
  if (!m) return String(value);
  const decimals = m[3] ? m[3].length : 0;
  const n = percent ? value * 100 : value;
  const fixed = Math.abs(n).toFixed(decimals);
  const [i, d] = fixed.split(".");
  const body = (m[1] ? groupThousands(i) : i) + (d ? "." + d : "");
  return (n < 0 && Number(fixed) !== 0 ? "-" : "") + body + (percent ? "%" : "");
}
