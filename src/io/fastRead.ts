/**
 * A lean .xlsx reader: unzip with fflate, then scan the few XML parts an indicator sheet needs
 * (workbook, its rels, shared strings, styles, worksheets) with indexOf/regex over strings,
 * no DOM and no object per cell. ExcelJS takes ~14 ms of CPU for a 300-row department file,
 * most of it building objects we throw away; this takes a fraction of that.
 *
 * It must give exactly the grids the ExcelJS path gives (test/io/fastRead.test.ts compares
 * both on real files), so it copies ExcelJS's reading rules, quirks included (a cell styled
 * with xf 0 has no font or number format; `t="str"` text is entity-decoded twice; …). Anything
 * it does not fully understand — strict OOXML, prefixed elements, CDATA, hyperlinks, phonetic
 * runs, a missing part, an odd sheet name, any exception — makes it return null, and the
 * caller reads the file with ExcelJS, which also produces the file-level issues as before.
 *
 * Browser-safe: Uint8Array, TextDecoder and fflate only.
 */
import { inflateSync } from "fflate";
import type { CellValue, Issue, SheetGrid } from "../core/types";
import { columnLetters } from "../core/a1";
import { hiddenSheetIssue, sheetTooLargeIssue } from "./messages";
import type { ReadLimits, ReadResult } from "./check";
import { countRowsAndCells, endsTag, localEntry, mayExceedLimits } from "./sheetCount";
import { ZipFormatError, readZipDirectory, type ZipEntryInfo } from "./zipDirectory";

/** Thrown inside the reader to give up and let ExcelJS read the file. */
class Unsupported extends Error {}

function unsupported(why: string): never {
  throw new Unsupported(why);
}

// ───────────────────────────── zip ─────────────────────────────

function rawData(bytes: Uint8Array, entry: ZipEntryInfo): { method: number; raw: Uint8Array } {
  const local = localEntry(bytes, entry) ?? unsupported("local header");
  if (local.flags & 0x0001) unsupported("encrypted entry");
  const { method, dataStart } = local;
  return { method, raw: bytes.subarray(dataStart, dataStart + entry.compressedSize) };
}

/**
 * Inflates raw DEFLATE data into at most `maxBytes` bytes (throwing, or stopping there, when
 * there is more). fflate by default; Node's native zlib when a Node host installs it, about
 * twice as fast.
 */
export type RawInflater = (raw: Uint8Array, maxBytes: number) => Uint8Array;

let inflateRaw: RawInflater = (raw, maxBytes) =>
  inflateSync(raw, { out: new Uint8Array(maxBytes) });

export function setRawInflater(fn: RawInflater): void {
  inflateRaw = fn;
}

/**
 * The inflater on a file's bytes: whatever it throws (a damaged stream, more data than
 * declared: fflate's FlateError, zlib's Z_DATA_ERROR or ERR_BUFFER_TOO_LARGE) is the file's.
 */
function inflateDamaged(raw: Uint8Array, maxBytes: number): Uint8Array {
  try {
    return inflateRaw(raw, maxBytes);
  } catch (e) {
    if (e instanceof Error) unsupported(`inflate: ${e.message}`);
    throw e;
  }
}

/** An entry's inflated bytes, never more than the directory declared (a lie means fallback). */
function inflateEntry(bytes: Uint8Array, entry: ZipEntryInfo): Uint8Array {
  const { method, raw } = rawData(bytes, entry);
  let out: Uint8Array;
  if (method === 0) out = raw;
  // One byte more than declared: if it gets filled, the directory lied about the size.
  else if (method === 8) out = inflateDamaged(raw, entry.uncompressedSize + 1);
  else unsupported("compression method");
  if (out.length !== entry.uncompressedSize) unsupported("size mismatch");
  return out;
}

const UTF8 = new TextDecoder("utf-8");

function partText(bytes: Uint8Array, entry: ZipEntryInfo): string {
  const data = inflateEntry(bytes, entry);
  // UTF-16 parts (legal, never written by Excel) are left to ExcelJS.
  if (
    data.length >= 2 &&
    ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff))
  )
    unsupported("utf-16");
  const text = UTF8.decode(data);
  // Constructs a string scanner would misread: ExcelJS's SAX parser handles (or rejects) them.
  if (text.includes("<![CDATA[") || text.includes("<!--") || text.includes("<!DOCTYPE"))
    unsupported("cdata/comment/doctype");
  if (text.includes("purl.oclc.org/ooxml")) unsupported("strict ooxml");
  return text;
}

// ───────────────────────────── XML text ─────────────────────────────

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Character data as a SAX parser gives it: line ends normalised, entities decoded. */
function decodeText(s: string): string {
  if (s.includes("\r")) s = s.replace(/\r\n?/g, "\n");
  if (!s.includes("&")) return s;
  return s.replace(/&([^;&]*);?/g, (all, name: string) => {
    if (!all.endsWith(";")) unsupported("bare ampersand");
    const named = NAMED[name];
    if (named !== undefined) return named;
    let code = NaN;
    if (/^#x[0-9a-fA-F]+$/.test(name)) code = parseInt(name.slice(2), 16);
    else if (/^#[0-9]+$/.test(name)) code = parseInt(name.slice(1), 10);
    if (!(code >= 0 && code <= 0x10ffff)) unsupported("unknown entity");
    return String.fromCodePoint(code);
  });
}

/** Attribute values are also whitespace-normalised by XML parsers (tab, newline → space). */
function decodeAttr(s: string): string {
  if (s.includes("\r")) s = s.replace(/\r\n?/g, "\n");
  if (/[\t\n]/.test(s)) s = s.replace(/[\t\n]/g, " ");
  return decodeText(s);
}

/** ExcelJS's utils.xmlDecode, which it applies on top of the parser for some values. */
function xmlDecodeAgain(text: string): string {
  return text.replace(/&([a-z]*);/g, (c) => {
    switch (c) {
      case "&lt;":
        return "<";
      case "&gt;":
        return ">";
      case "&amp;":
        return "&";
      case "&apos;":
        return "'";
      case "&quot;":
        return '"';
      default:
        return c;
    }
  });
}

/** Excel's `_xHHHH_` escapes, decoded where ExcelJS decodes them (text of `<t>` in strings). */
function decodeEscapes(s: string): string {
  return s.includes("_x")
    ? s.replace(/_x([0-9A-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
    : s;
}

const attrRegexCache = new Map<string, RegExp>();

/** The raw (undecoded) value of attribute `name` in a start tag's attribute text. */
function rawAttr(attrs: string, name: string): string | undefined {
  let re = attrRegexCache.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)${name.replace(/:/g, "\\:")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attrRegexCache.set(name, re);
  }
  const m = re.exec(attrs);
  return m ? (m[1] ?? m[2]) : undefined;
}

function attr(attrs: string, name: string): string | undefined {
  // The common shape (` name="value"`, double quotes, single spaces) without a regex.
  if (!attrs.includes("'") && !/[\t\n\r]|\s=|=\s/.test(attrs)) {
    const at = attrs.indexOf(` ${name}="`);
    if (at < 0) return attrs.startsWith(`${name}="`) ? attr(` ${attrs}`, name) : undefined;
    const start = at + name.length + 3;
    const raw = attrs.slice(start, attrs.indexOf('"', start));
    return raw.includes("&") ? decodeAttr(raw) : raw;
  }
  const raw = rawAttr(attrs, name);
  return raw === undefined ? undefined : decodeAttr(raw);
}

/** The inner text of the first `<tag>` … `</tag>` section (undefined if absent, "" if empty). */
function section(xml: string, tag: string): string | undefined {
  const open = new RegExp(`<${tag}(?=[\\s>/])[^>]*?(/?)>`).exec(xml);
  if (!open) return undefined;
  if (open[1] === "/") return "";
  const start = open.index + open[0].length;
  const end = xml.indexOf(`</${tag}>`, start);
  if (end < 0) unsupported(`unclosed ${tag}`);
  return xml.slice(start, end);
}

/** `<t>` text inside a string item: "" for `<t/>`, undefined when there is no `<t>`. */
function tText(xml: string): string | undefined {
  const m = /<t(?=[\s>/])[^>]*?(\/?)>/.exec(xml);
  if (!m) return undefined;
  if (m[1] === "/") return "";
  const start = m.index + m[0].length;
  const end = xml.indexOf("</t>", start);
  if (end < 0) unsupported("unclosed t");
  return decodeText(xml.slice(start, end));
}

// ───────────────────────────── strings ─────────────────────────────

/** A string item: its text (null when the item is empty: ExcelJS then reads no value). */
interface StringItem {
  text: string | null;
  /** For rich text: the first run having text and a font name (legacy-encoding detection). */
  runFont: string | null;
  rich: boolean;
}

const EMPTY_ITEM: StringItem = { text: null, runFont: null, rich: false };

/** Parses `<r>` runs the way ExcelJS's RichTextXform does. */
function richItem(xml: string): StringItem {
  let text = "";
  let runFont: string | null = null;
  const runRe = /<r(?=[\s>/])[^>]*?(?:\/>|>([\s\S]*?)<\/r>)/g;
  for (let m = runRe.exec(xml); m; m = runRe.exec(xml)) {
    const body = m[1] ?? "";
    const t = tText(body.replace(/<rPr(?=[\s>/])[\s\S]*?(?:<\/rPr>|\/>)/, ""));
    const runText = t === undefined ? undefined : decodeEscapes(t);
    if (runText !== undefined) text += runText;
    if (runFont === null && runText) {
      const rPr = /<rPr(?=[\s>/])[^>]*?(?:\/>|>([\s\S]*?)<\/rPr>)/.exec(body);
      const fontTag = rPr?.[1] ? /<rFont\b([^>]*)>/.exec(rPr[1]) : null;
      const name = fontTag ? attr(fontTag[1], "val") : undefined;
      if (name) runFont = name;
    }
  }
  return { text, runFont, rich: true };
}

function hasRuns(xml: string): boolean {
  return /<r[\s>]/.test(xml);
}

function parseSharedStrings(xml: string): StringItem[] {
  if (!/<sst[\s>]/.test(xml)) unsupported("sst root");
  if (xml.includes("<rPh")) unsupported("phonetic runs");
  const items: StringItem[] = [];
  const siRe = /<si(?=[\s>/])[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g;
  for (let m = siRe.exec(xml); m; m = siRe.exec(xml)) {
    const body = m[1];
    if (body === undefined) items.push(EMPTY_ITEM);
    else if (hasRuns(body)) items.push(richItem(body));
    else {
      const t = tText(body);
      items.push(
        t === undefined ? EMPTY_ITEM : { text: decodeEscapes(t), runFont: null, rich: false },
      );
    }
  }
  return items;
}

// ───────────────────────────── styles ─────────────────────────────

/** Number formats Excel does not store (ids 0–49), as ExcelJS names them. */
const BUILTIN_NUMFMTS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

interface CellStyle {
  numFmt: string | null;
  font: string | null;
  isDate: boolean;
}

/** ExcelJS's utils.isDateFmt. */
function isDateFmt(fmt: string | null): boolean {
  if (!fmt) return false;
  const f = fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(f);
}

/** Style index → what a cell styled with it shows (only the parts the grids carry). */
function parseStyles(xml: string): CellStyle[] | null {
  if (!/<styleSheet[\s>]/.test(xml)) unsupported("styles root");
  const numFmts = new Map<number, string>();
  const nf = section(xml, "numFmts");
  if (nf) {
    for (const m of nf.matchAll(/<numFmt\b([^>]*)>/g)) {
      const code = attr(m[1], "formatCode");
      if (code === undefined) unsupported("numFmt without code");
      numFmts.set(parseInt(attr(m[1], "numFmtId") ?? "", 10), code.replace(/[\\](.)/g, "$1"));
    }
  }
  const fonts: (string | null)[] = [];
  const fontsXml = section(xml, "fonts");
  if (fontsXml) {
    for (const m of fontsXml.matchAll(/<font(?=[\s>/])[^>]*?(?:\/>|>([\s\S]*?)<\/font>)/g)) {
      const name = m[1] ? /<name\b([^>]*)>/.exec(m[1]) : null;
      fonts.push((name && attr(name[1], "val")) || null);
    }
  }
  const xfsXml = section(xml, "cellXfs");
  if (xfsXml === undefined) return null;
  const styles: CellStyle[] = [];
  for (const m of xfsXml.matchAll(/<xf\b([^>]*?)\/?>/g)) {
    const numFmtId = parseInt(attr(m[1], "numFmtId") ?? "", 10);
    const fontId = parseInt(attr(m[1], "fontId") ?? "", 10);
    let numFmt: string | null = null;
    if (numFmtId) numFmt = numFmts.get(numFmtId) || BUILTIN_NUMFMTS[numFmtId] || null;
    let font: string | null = null;
    if (fontId || fontId === 0) {
      if (!fontsXml) unsupported("font referenced, no fonts");
      font = fonts[fontId] ?? null;
    }
    styles.push({ numFmt, font, isDate: isDateFmt(numFmt) });
  }
  return styles;
}

// ───────────────────────────── workbook ─────────────────────────────

interface SheetRef {
  name: string;
  state: string | undefined;
  part: string;
}

function parseWorkbookParts(
  wbXml: string,
  relsXml: string,
  hasEntry: (name: string) => boolean,
): { sheets: SheetRef[]; date1904: boolean } {
  if (!/<workbook[\s>]/.test(wbXml)) unsupported("workbook root");
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b([^>]*)>/g)) {
    const id = attr(m[1], "Id");
    const target = attr(m[1], "Target");
    if (id !== undefined && target !== undefined) targets.set(id, target);
  }
  const pr = /<workbookPr\b([^>]*)>/.exec(wbXml);
  const date1904 = pr ? attr(pr[1], "date1904") === "1" : false;

  const sheets: SheetRef[] = [];
  const parts = new Set<string>();
  const ids = new Set<number>();
  const names = new Set<string>();
  const sheetsXml = section(wbXml, "sheets") ?? "";
  for (const m of sheetsXml.matchAll(/<sheet\b([^>]*)>/g)) {
    const rawName = attr(m[1], "name");
    const rId = attr(m[1], "r:id");
    const id = parseInt(attr(m[1], "sheetId") ?? "", 10);
    if (rawName === undefined || rId === undefined) unsupported("sheet attributes");
    if (!(id > 0) || ids.has(id)) unsupported("sheet id");
    ids.add(id);
    const target = targets.get(rId);
    if (target === undefined) unsupported("sheet rel");
    const part = `xl/${target.replace(/^(\s|\/xl\/)+/, "")}`;
    if (!/xl\/worksheets\/sheet(\d+)[.]xml/.test(part) || !hasEntry(part)) {
      if (/chartsheets\//.test(part)) continue; // ExcelJS ignores chart sheets too
      unsupported("sheet part");
    }
    if (parts.has(part)) unsupported("part shared by sheets");
    parts.add(part);
    // ExcelJS refuses (the whole file) or truncates such names: let it do so.
    const name = xmlDecodeAgain(rawName);
    if (
      name === "" ||
      name === "History" ||
      name.length > 31 ||
      /[*?:/\\[\]]/.test(name) ||
      /(^')|('$)/.test(name) ||
      names.has(name.toLowerCase())
    )
      unsupported("sheet name");
    names.add(name.toLowerCase());
    sheets.push({ name, state: attr(m[1], "state"), part });
  }
  return { sheets, date1904 };
}

// ───────────────────────────── worksheets ─────────────────────────────

interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "B5" → 0-based row/col; strictly the plain form ExcelJS writes and reads. */
function decodeAddress(a: string): { row: number; col: number } {
  let i = a.charCodeAt(0) === 36 ? 1 : 0; // "$"
  let col = 0;
  const c0 = i;
  for (let ch = a.charCodeAt(i); ch >= 65 && ch <= 90; ch = a.charCodeAt(++i))
    col = col * 26 + (ch - 64);
  if (i === c0 || i - c0 > 3) unsupported("address");
  if (a.charCodeAt(i) === 36) i++;
  const d0 = i;
  let row = 0;
  for (let ch = a.charCodeAt(i); ch >= 48 && ch <= 57; ch = a.charCodeAt(++i))
    row = row * 10 + (ch - 48);
  if (i !== a.length || i === d0 || i - d0 > 7) unsupported("address");
  if (row < 1 || col > 16384) unsupported("address range");
  return { row: row - 1, col: col - 1 };
}

function parseMerges(xml: string): Merge[] {
  const merges: Merge[] = [];
  const mc = section(xml, "mergeCells");
  if (!mc) return merges;
  for (const m of mc.matchAll(/<mergeCell\b([^>]*)>/g)) {
    const ref = attr(m[1], "ref");
    if (!ref) unsupported("merge ref");
    const [a, b = a, extra] = ref.split(":");
    if (extra !== undefined) unsupported("merge ref");
    const p = decodeAddress(a);
    const q = decodeAddress(b);
    const merge = {
      top: Math.min(p.row, q.row),
      left: Math.min(p.col, q.col),
      bottom: Math.max(p.row, q.row),
      right: Math.max(p.col, q.col),
    };
    // ExcelJS throws on overlapping merges (the file is then reported corrupt).
    for (const o of merges) {
      if (
        merge.left <= o.right &&
        o.left <= merge.right &&
        merge.top <= o.bottom &&
        o.top <= merge.bottom
      )
        unsupported("overlapping merges");
    }
    merges.push(merge);
  }
  return merges;
}

function mergeText(m: Merge): string {
  return `${columnLetters(m.left)}${m.top + 1}:${columnLetters(m.right)}${m.bottom + 1}`;
}

/** True when (row, col) lies in a merge but is not its top-left cell (ExcelJS: a Merge cell). */
function makeCoveredTest(merges: Merge[]): (row: number, col: number) => boolean {
  if (merges.length === 0) return () => false;
  let area = 0;
  for (const m of merges) area += (m.bottom - m.top + 1) * (m.right - m.left + 1);
  if (area <= 200_000) {
    const set = new Set<number>();
    for (const m of merges)
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++)
          if (r !== m.top || c !== m.left) set.add(r * 16384 + c);
    return (r, c) => set.has(r * 16384 + c);
  }
  return (r, c) =>
    merges.some(
      (m) =>
        r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left),
    );
}

interface Ctx {
  file: string;
  strings: StringItem[] | null;
  styles: CellStyle[] | null;
  date1904: boolean;
  lim: ReadLimits;
}

function excelToDate(v: unknown, date1904: boolean): Date {
  // ExcelJS does this arithmetic on whatever the result was (a string, a boolean…).
  const n = typeof v === "object" ? NaN : Number(v);
  return new Date(Math.round((n - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

function finite(v: CellValue): CellValue {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  return v;
}

/** r, t and s of a `<c>` start tag, read in one pass (the reader's hottest loop). */
let cellR: string | undefined;
let cellT: string | undefined;
let cellS: string | undefined;

function readCellAttrs(attrs: string): void {
  cellR = cellT = cellS = undefined;
  const n = attrs.length;
  let i = 0;
  for (;;) {
    while (i < n && isSpace(attrs.charCodeAt(i))) i++;
    if (i >= n) return;
    const eq = attrs.indexOf("=", i);
    if (eq < 0) {
      if (attrs.slice(i).trim() === "" || attrs.slice(i).trim() === "/") return;
      unsupported("attribute");
    }
    const name = attrs.slice(i, eq).trim();
    let q = eq + 1;
    while (q < n && isSpace(attrs.charCodeAt(q))) q++;
    const quote = attrs.charCodeAt(q);
    if (quote !== 34 && quote !== 39) unsupported("attribute quote");
    const end = attrs.indexOf(quote === 34 ? '"' : "'", q + 1);
    if (end < 0) unsupported("attribute end");
    let value = attrs.slice(q + 1, end);
    if (value.includes("&") || /[\t\n\r]/.test(value)) value = decodeAttr(value);
    if (name === "r") cellR = value;
    else if (name === "t") cellT = value;
    else if (name === "s") cellS = value;
    i = end + 1;
  }
}

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13;
}

function readSheet(
  xml: string,
  sheetName: string,
  ctx: Ctx,
): { grid: SheetGrid } | { issue: Issue } {
  if (!/<worksheet[\s>]/.test(xml)) unsupported("worksheet root");
  if (xml.includes("<hyperlink") || xml.includes("<rPh")) unsupported("hyperlinks/phonetic");
  const { lim, file } = ctx;
  const merges = parseMerges(xml);
  const covered = makeCoveredTest(merges);
  const data = section(xml, "sheetData") ?? "";

  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const fonts: (string | null)[][] = [];
  let cells = 0;
  let lastRow = 0; // 1-based, last row ExcelJS sees as having values
  let firstRowOver = Infinity; // first such row beyond the row limit

  let rowNumber = 0;
  let lastCol = -1;
  let vRow: CellValue[] | null = null;
  let nRow: (string | null)[] = [];
  let fRow: (string | null)[] = [];
  let rowHasValues = false;
  const endRow = (): void => {
    if (rowNumber === 0) return;
    if (rowHasValues) {
      if (rowNumber > lastRow) lastRow = rowNumber;
      if (rowNumber > lim.maxRowsPerSheet) firstRowOver = Math.min(firstRowOver, rowNumber);
    }
    if (vRow) {
      for (let i = 0; i < vRow.length; i++) {
        if (vRow[i] === undefined) {
          vRow[i] = null;
          nRow[i] = null;
          fRow[i] = null;
        }
      }
      values[rowNumber - 1] = vRow;
      numberFormats[rowNumber - 1] = nRow;
      fonts[rowNumber - 1] = fRow;
    }
    vRow = null;
  };

  let pos = 0;
  for (;;) {
    const lt = data.indexOf("<", pos);
    if (lt < 0) break;
    const c1 = data.charCodeAt(lt + 1);
    const gt = data.indexOf(">", lt);
    if (gt < 0) unsupported("unclosed tag");
    pos = gt + 1;
    const selfClosing = data.charCodeAt(gt - 1) === 47; // "/"
    if (c1 === 114 && data.startsWith("ow", lt + 2) && endsTag(data.charCodeAt(lt + 4))) {
      // <row …>
      endRow();
      readCellAttrs(data.slice(lt + 4, selfClosing ? gt - 1 : gt));
      const r = Number(cellR);
      if (!Number.isInteger(r) || r <= rowNumber) unsupported("row order");
      rowNumber = r;
      lastCol = -1;
      rowHasValues = false;
      continue;
    }
    if (c1 !== 99 || !endsTag(data.charCodeAt(lt + 2))) continue; // not <c …>: </row>, </c> …
    let body: string | undefined;
    if (!selfClosing) {
      const close = data.indexOf("</c>", gt);
      if (close < 0) unsupported("unclosed c");
      body = data.slice(gt + 1, close);
      pos = close + 4;
    }
    if (rowNumber === 0) unsupported("cell outside row");
    readCellAttrs(data.slice(lt + 2, selfClosing ? gt - 1 : gt));
    const ref = cellR;
    if (ref === undefined) unsupported("cell without address");
    const pos1 = decodeAddress(ref);
    if (pos1.row !== rowNumber - 1 || pos1.col <= lastCol) unsupported("cell order");
    lastCol = pos1.col;
    if (!body) continue; // no value, no formula: ExcelJS keeps nothing here
    const t = cellT;
    const sAttr = cellS;
    const styleId = sAttr === undefined ? 0 : parseInt(sAttr, 10);

    // ── what ExcelJS's cell parser collects: formula, shared-formula type, text of <v>/<t> ──
    let formula = false;
    const f = body.includes("<f") ? /<f(?=[\s>/])([^>]*?)(\/?)>/.exec(body) : null;
    if (f) {
      if (attr(f[1], "t")) formula = true;
      else if (f[2] !== "/") {
        const end = body.indexOf("</f>", f.index);
        if (end < 0) unsupported("unclosed f");
        formula = end > f.index + f[0].length;
      }
    }
    let text: string | undefined;
    let rich: StringItem | null = null;
    const vAt = body.indexOf("<v");
    if (vAt >= 0 && endsTag(body.charCodeAt(vAt + 2))) {
      const open = /<v(?=[\s>/])[^>]*?(\/?)>/y;
      open.lastIndex = vAt;
      const o = open.exec(body);
      if (!o) unsupported("v tag");
      if (o[1] !== "/") {
        const end = body.indexOf("</v>", vAt);
        if (end < 0) unsupported("unclosed v");
        const raw = body.slice(vAt + o[0].length, end);
        if (raw !== "") text = decodeText(raw);
      }
    }
    const is = body.indexOf("<is");
    if (is >= 0) {
      if (text !== undefined) unsupported("v and is");
      const isBody = section(body, "is") ?? "";
      if (hasRuns(isBody)) rich = richItem(isBody);
      else {
        const tt = tText(isBody);
        if (tt) text = tt;
      }
    }

    // ── ExcelJS's cell type and value, then toCellValue ──
    const style = styleId
      ? ctx.styles
        ? ctx.styles[styleId]
        : unsupported("style without styles")
      : undefined;
    let value: CellValue = null;
    let runFont: string | null = null;
    let typed = true; // ExcelJS gives the cell a type other than Null (the row "has values")
    if (formula) {
      if (rich) unsupported("rich formula");
      if (text) {
        let result: CellValue;
        if (t === "str") result = xmlDecodeAgain(text);
        else if (t === "b") result = parseInt(text, 10) !== 0;
        else if (t === "e") result = { kind: "error", code: text };
        else result = parseFloat(text);
        if (style?.isDate)
          result = excelToDate(
            typeof result === "object" && result !== null ? {} : result,
            ctx.date1904,
          );
        value = finite(result);
      }
    } else if (text !== undefined || rich) {
      switch (t) {
        case "s": {
          if (rich || !ctx.strings) unsupported("shared string");
          const item = ctx.strings[parseInt(text!, 10)];
          if (!item) unsupported("shared string index");
          value = item.text;
          if (item.rich) runFont = item.runFont;
          break;
        }
        case "str":
          if (rich) unsupported("rich str");
          value = xmlDecodeAgain(text!);
          break;
        case "inlineStr":
          if (rich) {
            value = rich.text;
            runFont = rich.runFont;
          } else value = text!;
          break;
        case "b":
          if (rich) unsupported("rich bool");
          value = parseInt(text!, 10) !== 0;
          break;
        case "e":
          if (rich) unsupported("rich error");
          value = { kind: "error", code: text! };
          break;
        default: {
          if (rich) unsupported("rich number");
          const n = parseFloat(text!);
          value = finite(style?.isDate ? excelToDate(n, ctx.date1904) : n);
        }
      }
    } else typed = false;

    if (typed) rowHasValues = true;
    if (value === null || covered(pos1.row, pos1.col)) continue;
    if (pos1.row + 1 > lim.maxRowsPerSheet) continue; // reported below, with the last row
    cells++;
    if (cells > lim.maxCellsPerSheet) continue;
    if (!vRow) {
      vRow = [];
      nRow = [];
      fRow = [];
    }
    vRow[pos1.col] = value;
    nRow[pos1.col] = style?.numFmt || null;
    fRow[pos1.col] = runFont ?? style?.font ?? null;
  }
  endRow();

  // Cells of a merge exist for ExcelJS even where the sheet has none, and their rows "have
  // values": rows top+1..bottom, and the top row when the merge spans columns.
  for (const mg of merges) {
    const top = mg.top + 1;
    const bottom = mg.bottom + 1;
    if (mg.right > mg.left) {
      lastRow = Math.max(lastRow, top);
      if (top > lim.maxRowsPerSheet) firstRowOver = Math.min(firstRowOver, top);
    }
    if (bottom > top) {
      lastRow = Math.max(lastRow, bottom);
      const first = Math.max(top + 1, lim.maxRowsPerSheet + 1);
      if (first <= bottom) firstRowOver = Math.min(firstRowOver, first);
    }
  }

  // Only cells of rows within the limit were counted, i.e. all those ExcelJS's walk counts
  // before it meets the first row over the limit: too many of them wins, as it does there.
  if (cells > lim.maxCellsPerSheet) {
    return { issue: sheetTooLargeIssue(file, sheetName, "cells", lim) };
  }
  if (firstRowOver !== Infinity) {
    return { issue: sheetTooLargeIssue(file, sheetName, { rows: lastRow }, lim) };
  }

  for (let r = 0; r < values.length; r++) {
    if (!values[r]) {
      values[r] = [];
      numberFormats[r] = [];
      fonts[r] = [];
    }
  }
  const grid: SheetGrid = { file, sheet: sheetName, values, numberFormats, fonts };
  if (merges.length) grid.merges = merges.map(mergeText);
  return { grid };
}

// ───────────────────────────── the workbook ─────────────────────────────

/**
 * Reads an .xlsx that checkXlsxBytes has already accepted. Returns null whenever the file is
 * anything but plain: the caller then reads it with ExcelJS. Only what an unusual or damaged
 * file raises is caught — the reader's own refusals, a zip directory that does not hold
 * together, and the RangeError of an offset or length read from the file that points outside
 * it; a bug of the reader's own (a TypeError, say) is not hidden behind the fallback.
 */
export function fastReadWorkbook(
  bytes: Uint8Array,
  fileName: string,
  lim: ReadLimits,
): ReadResult | null {
  try {
    return read(bytes, fileName, lim);
  } catch (e) {
    if (e instanceof Unsupported || e instanceof ZipFormatError || e instanceof RangeError)
      return null;
    throw e;
  }
}

function read(bytes: Uint8Array, file: string, lim: ReadLimits): ReadResult {
  const dir = readZipDirectory(bytes);
  const entries = new Map<string, ZipEntryInfo>();
  for (const e of dir.entries) {
    const name = e.name.startsWith("/") ? e.name.slice(1) : e.name;
    if (entries.has(name)) unsupported("duplicate entry");
    entries.set(name, e);
  }
  const need = (name: string): ZipEntryInfo => entries.get(name) ?? unsupported(`missing ${name}`);
  const text = (name: string): string => partText(bytes, need(name));

  const { sheets, date1904 } = parseWorkbookParts(
    text("xl/workbook.xml"),
    text("xl/_rels/workbook.xml.rels"),
    (n) => entries.has(n),
  );
  if (sheets.length === 0) unsupported("no sheets"); // ExcelJS path reports file-no-sheets
  const strings = entries.has("xl/sharedStrings.xml")
    ? parseSharedStrings(text("xl/sharedStrings.xml"))
    : null;
  const styles = entries.has("xl/styles.xml") ? parseStyles(text("xl/styles.xml")) : null;
  const ctx: Ctx = { file, strings, styles, date1904, lim };

  const grids: SheetGrid[] = [];
  const issues: Issue[] = [];
  for (const sheet of sheets) {
    const entry = need(sheet.part);
    // Same rule and counts as sheetPrecheck (./sheetCount): a part big enough to hold that
    // many rows or cells is counted while inflating, before any grid is built for it.
    let read: { grid: SheetGrid } | { issue: Issue } | null = null;
    if (mayExceedLimits(entry, lim)) {
      const counts = countRowsAndCells(bytes, entry) ?? unsupported("count rows");
      if (counts.rows > lim.maxRowsPerSheet || counts.cells > lim.maxCellsPerSheet) {
        const over = counts.rows > lim.maxRowsPerSheet ? { rows: counts.rows } : "cells";
        read = { issue: sheetTooLargeIssue(file, sheet.name, over, lim) };
      }
    }
    read ??= readSheet(partText(bytes, entry), sheet.name, ctx);
    if ("grid" in read) grids.push(read.grid);
    else issues.push(read.issue);
    if (sheet.state === "hidden" || sheet.state === "veryHidden") {
      issues.push(hiddenSheetIssue(file, sheet.name));
    }
  }
  return { grids, issues };
}
