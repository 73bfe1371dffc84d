/** XML text for the .xlsx writer: escaping and cell addresses. Browser-safe, no dependencies. */

const TEXT_SPECIAL = /[&<>]/;
// eslint-disable-next-line no-control-regex
const ATTR_SPECIAL = /[&<>"\u0000-\u001F\u007F\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;

/** Element content: only &, < and > need escaping (quotes are plain text there). */
export function xmlText(s: string): string {
  // Nearly every cell needs nothing: one test instead of three replacements.
  if (!TEXT_SPECIAL.test(s)) return s;
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Attribute values, always written in double quotes. Unlike cell text (safeCellText), a
 * validation prompt or a font name reaches here uncleaned: a control character from a catalog
 * ("_x0002_" decoded) would make the sheet unreadable, so it is dropped, and tab and line
 * breaks are written as references (a parser turns raw ones in an attribute into spaces).
 */
export function xmlAttr(s: string): string {
  if (!ATTR_SPECIAL.test(s)) return s;
  return s
    .replace(XML_ILLEGAL, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
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
