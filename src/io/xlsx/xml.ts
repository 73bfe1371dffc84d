/** XML text for the .xlsx writer: escaping and cell addresses. Browser-safe, no dependencies. */

const TEXT_SPECIAL = /[&<>]/;
const ATTR_SPECIAL = /[&<>"]/;

/** Element content: only &, < and > need escaping (quotes are plain text there). */
export function xmlText(s: string): string {
  // Nearly every cell needs nothing: one test instead of three replacements.
  if (!TEXT_SPECIAL.test(s)) return s;
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Attribute values, always written in double quotes. */
export function xmlAttr(s: string): string {
  if (!ATTR_SPECIAL.test(s)) return s;
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

const letters: string[] = [];

/** Column letters by 0-based index, computed once per column: a cell's address is built per cell. */
export function columnName(col: number): string {
  let s = letters[col];
  if (s === undefined) {
    let n = col + 1;
    s = "";
    while (n > 0) {
      const r = (n - 1) % 26;
      s = String.fromCharCode(65 + r) + s;
      n = Math.floor((n - 1) / 26);
    }
    letters[col] = s;
  }
  return s;
}

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
