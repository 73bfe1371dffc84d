/**
 * What every .xlsx writer does to the plan's text, sheet names and dates, free of ExcelJS so
 * the CLI's writer (xlsx/) does not load it. Browser-safe.
 */

export interface WriteOptions {
  /**
   * Creation/modification date stored in the file (document properties and zip entries).
   * Defaults to a fixed date so that the same plan always gives the same bytes.
   */
  date?: Date;
}

/** Fixed default so identical plans give identical files (diffable, cacheable, testable). */
export const DEFAULT_WRITE_DATE = new Date(Date.UTC(2020, 0, 1, 0, 0, 0));

/** Excel refuses cells longer than this; a longer one would make the whole file "corrupt". */
const MAX_CELL_TEXT = 32767;

const NEEDS_CLEANING =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;

/**
 * Makes department text safe to store as literal text:
 * - a vertical tab (Word's manual line break pasted into Excel) becomes a line break, the
 *   other XML-illegal control characters are dropped (ExcelJS would drop them silently);
 * - "_xHHHH_" would be decoded as an escaped character by Excel, so its "_" is escaped.
 */
export function safeCellText(text: string): string {
  // Nearly all text needs nothing: one test instead of three replacements per cell.
  if (text.length <= MAX_CELL_TEXT && !NEEDS_CLEANING.test(text)) return text;
  let s = text
    // eslint-disable-next-line no-control-regex
    .replace(/\u000B/g, "\n")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g, "")
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1");
  if (s.length > MAX_CELL_TEXT) s = s.slice(0, MAX_CELL_TEXT - 1) + "…";
  return s;
}

/** Excel's rules for sheet names: ≤ 31 characters, none of []:*?/\, not blank, unique. */
export function safeSheetName(name: string, taken: Set<string>): string {
  let base = name
    .replace(/[[\]:*?/\\]/g, "-")
    .replace(/^'+|'+$/g, "")
    .trim();
  if (!base) base = "Trang";
  base = base.slice(0, 31);
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLocaleLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = base.slice(0, 31 - suffix.length) + suffix;
  }
  taken.add(candidate.toLocaleLowerCase());
  return candidate;
}
