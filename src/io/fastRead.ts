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
import { ownText } from "../core/text/flat";
import { hiddenSheetIssue, sheetTooLargeIssue, type ReadLimits, type ReadResult } from "./check";
import { countRowsAndCells, endsTag, localEntry, mayExceedLimits } from "./sheetCount";
import { ZipFormatError, readZipDirectory, type ZipEntryInfo } from "./zipDirectory";
import {
  Unsupported,
  attr,
  decodeAttr,
  decodeEscapes,
  decodeText,
  section,
  tText,
  unsupported,
  xmlDecodeAgain,
} from "./xmlScan";
import { listedSheets, relationshipTargets } from "./workbookSheets";

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
  return { text: ownText(text), runFont: runFont === null ? null : ownText(runFont), rich: true };
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
        t === undefined
          ? EMPTY_ITEM
          : { text: ownText(decodeEscapes(t)), runFont: null, rich: false },
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
      numFmts.set(
        parseInt(attr(m[1], "numFmtId") ?? "", 10),
        ownText(code.replace(/[\\](.)/g, "$1")),
      );
    }
  }
  const fonts: (string | null)[] = [];
  const fontsXml = section(xml, "fonts");
  if (fontsXml) {
    for (const m of fontsXml.matchAll(/<font(?=[\s>/])[^>]*?(?:\/>|>([\s\S]*?)<\/font>)/g)) {
      const name = m[1] ? /<name\b([^>]*)>/.exec(m[1]) : null;
      const val = name && attr(name[1], "val");
      fonts.push(val ? ownText(val) : null);
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
  const rels = relationshipTargets(relsXml);
  // Prefixed elements are read by ExcelJS's namespace-aware parser in ways not copied here.
  if (rels.unusual) unsupported("prefixed relationships");
  const targets = rels.targets;
  const pr = /<workbookPr\b([^>]*)>/.exec(wbXml);
  const date1904 = pr ? attr(pr[1], "date1904") === "1" : false;

  const sheets: SheetRef[] = [];
  const parts = new Set<string>();
  const ids = new Set<number>();
  const names = new Set<string>();
  for (const listed of listedSheets(section(wbXml, "sheets") ?? "")) {
    const { name: rawName, relId: rId } = listed;
    if (listed.unusual) unsupported("prefixed sheet");
    const id = parseInt(listed.sheetId ?? "", 10);
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
    // Its own copy: kept by every sheet read, it must not hold workbook.xml alive (ownText).
    const name = ownText(xmlDecodeAgain(rawName));
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
    sheets.push({ name, state: listed.state, part });
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
    // Only r, t and s are kept: the name is told by its one character, and the others
    // (spans, ht, customHeight…) are stepped over without being cut out of the tag.
    let nameEnd = eq;
    while (nameEnd > i && isSpace(attrs.charCodeAt(nameEnd - 1))) nameEnd--;
    const name = nameEnd === i + 1 ? attrs.charCodeAt(i) : 0;
    let q = eq + 1;
    while (q < n && isSpace(attrs.charCodeAt(q))) q++;
    const quote = attrs.charCodeAt(q);
    if (quote !== 34 && quote !== 39) unsupported("attribute quote");
    const end = attrs.indexOf(quote === 34 ? '"' : "'", q + 1);
    if (end < 0) unsupported("attribute end");
    if (name === 114 || name === 116 || name === 115) {
      let value = attrs.slice(q + 1, end);
      if (needsAttrDecoding(value)) value = decodeAttr(value);
      if (name === 114) cellR = value;
      else if (name === 116) cellT = value;
      else cellS = value;
    } else {
      // A value not kept is still decoded when it has an entity: a bare "&" or an unknown
      // entity makes ExcelJS refuse the file, so the lean reader declines it too.
      const amp = attrs.indexOf("&", q + 1);
      if (amp >= 0 && amp < end) decodeAttr(attrs.slice(q + 1, end));
    }
    i = end + 1;
  }
}

/** An entity or a raw tab or line break, which an attribute value's decoding changes. */
function needsAttrDecoding(value: string): boolean {
  for (let k = 0; k < value.length; k++) {
    const ch = value.charCodeAt(k);
    if (ch === 38 || ch === 9 || ch === 10 || ch === 13) return true;
  }
  return false;
}

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13;
}

/** What ExcelJS's cell parser collects from a `<c>` body: formula or not, text of <v>/<is>. */
interface CellBody {
  formula: boolean;
  text: string | undefined;
  rich: StringItem | null;
}

function scanCellBody(body: string): CellBody {
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
  if (body.indexOf("<is") >= 0) {
    if (text !== undefined) unsupported("v and is");
    const isBody = section(body, "is") ?? "";
    if (hasRuns(isBody)) rich = richItem(isBody);
    else {
      const tt = tText(isBody);
      if (tt) text = tt;
    }
  }
  return { formula, text, rich };
}

/**
 * ExcelJS's cell type and value for a scanned body, then toCellValue's. `typed` is false when
 * ExcelJS gives the cell type Null (it then does not count for the row "having values").
 */
function cellValue(
  { formula, text, rich }: CellBody,
  t: string | undefined,
  style: CellStyle | undefined,
  ctx: Ctx,
): { value: CellValue; runFont: string | null; typed: boolean } {
  if (formula) {
    if (rich) unsupported("rich formula");
    if (!text) return { value: null, runFont: null, typed: true };
    let result: CellValue;
    if (t === "str") result = ownText(xmlDecodeAgain(text));
    else if (t === "b") result = parseInt(text, 10) !== 0;
    else if (t === "e") result = { kind: "error", code: text };
    else result = parseFloat(text);
    if (style?.isDate)
      result = excelToDate(
        typeof result === "object" && result !== null ? {} : result,
        ctx.date1904,
      );
    return { value: finite(result), runFont: null, typed: true };
  }
  if (text === undefined && !rich) return { value: null, runFont: null, typed: false };
  const plain = (v: CellValue) => ({ value: v, runFont: null, typed: true });
  switch (t) {
    case "s": {
      if (rich || !ctx.strings) unsupported("shared string");
      const item = ctx.strings[parseInt(text!, 10)];
      if (!item) unsupported("shared string index");
      return { value: item.text, runFont: item.rich ? item.runFont : null, typed: true };
    }
    case "str":
      if (rich) unsupported("rich str");
      return plain(ownText(xmlDecodeAgain(text!)));
    case "inlineStr":
      return rich
        ? { value: rich.text, runFont: rich.runFont, typed: true }
        : plain(ownText(text!));
    case "b":
      if (rich) unsupported("rich bool");
      return plain(parseInt(text!, 10) !== 0);
    case "e":
      if (rich) unsupported("rich error");
      return plain({ kind: "error", code: text! });
    default: {
      if (rich) unsupported("rich number");
      const n = parseFloat(text!);
      return plain(finite(style?.isDate ? excelToDate(n, ctx.date1904) : n));
    }
  }
}

/**
 * The grid's rows as they are read, and the two figures the limits are judged by: the last row
 * ExcelJS sees as having values, and the first such row beyond the row limit.
 */
class GridRows {
  readonly values: CellValue[][] = [];
  readonly numberFormats: (string | null)[][] = [];
  readonly fonts: (string | null)[][] = [];
  /** 1-based. */
  lastRow = 0;
  firstRowOver = Infinity;
  cells = 0;
  private rowNumber = 0;
  private hasValues = false;
  private vRow: CellValue[] | null = null;
  private nRow: (string | null)[] = [];
  private fRow: (string | null)[] = [];

  constructor(private readonly lim: ReadLimits) {}

  /** 1-based, 0 before the first row. */
  get row(): number {
    return this.rowNumber;
  }

  startRow(rowNumber: number): void {
    this.endRow();
    this.rowNumber = rowNumber;
    this.hasValues = false;
  }

  markHasValues(): void {
    this.hasValues = true;
  }

  /** Keeps a cell of the current row unless the limits are already exceeded (then counted). */
  put(col: number, value: CellValue, numFmt: string | null, font: string | null): void {
    if (this.rowNumber > this.lim.maxRowsPerSheet) return; // reported with the last row
    this.cells++;
    if (this.cells > this.lim.maxCellsPerSheet) return;
    if (!this.vRow) {
      this.vRow = [];
      this.nRow = [];
      this.fRow = [];
    }
    this.vRow[col] = value;
    this.nRow[col] = numFmt;
    this.fRow[col] = font;
  }

  /** A row the sheet does not write but ExcelJS counts as having values (merged cells). */
  countRow(rowNumber: number): void {
    this.lastRow = Math.max(this.lastRow, rowNumber);
    if (rowNumber > this.lim.maxRowsPerSheet)
      this.firstRowOver = Math.min(this.firstRowOver, rowNumber);
  }

  endRow(): void {
    if (this.rowNumber === 0) return;
    if (this.hasValues) this.countRow(this.rowNumber);
    const vRow = this.vRow;
    if (vRow) {
      for (let i = 0; i < vRow.length; i++) {
        if (vRow[i] === undefined) {
          vRow[i] = null;
          this.nRow[i] = null;
          this.fRow[i] = null;
        }
      }
      this.values[this.rowNumber - 1] = vRow;
      this.numberFormats[this.rowNumber - 1] = this.nRow;
      this.fonts[this.rowNumber - 1] = this.fRow;
    }
    this.vRow = null;
  }

  /** Rows the sheet skipped, as the empty rows ExcelJS gives. */
  fillGaps(): void {
    for (let r = 0; r < this.values.length; r++) {
      if (!this.values[r]) {
        this.values[r] = [];
        this.numberFormats[r] = [];
        this.fonts[r] = [];
      }
    }
  }
}

/**
 * Cells of a merge exist for ExcelJS even where the sheet has none, and their rows "have
 * values": rows top+1..bottom, and the top row when the merge spans columns.
 */
function countMergedRows(merges: readonly Merge[], rows: GridRows, lim: ReadLimits): void {
  for (const mg of merges) {
    const top = mg.top + 1;
    const bottom = mg.bottom + 1;
    if (mg.right > mg.left) rows.countRow(top);
    if (bottom > top) {
      rows.lastRow = Math.max(rows.lastRow, bottom);
      // Only the first row over the limit matters; counting each would walk a huge merge.
      const first = Math.max(top + 1, lim.maxRowsPerSheet + 1);
      if (first <= bottom) rows.firstRowOver = Math.min(rows.firstRowOver, first);
    }
  }
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
  const rows = new GridRows(lim);

  let lastCol = -1;
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
      readCellAttrs(data.slice(lt + 4, selfClosing ? gt - 1 : gt));
      const r = Number(cellR);
      if (!Number.isInteger(r) || r <= rows.row) unsupported("row order");
      rows.startRow(r);
      lastCol = -1;
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
    if (rows.row === 0) unsupported("cell outside row");
    readCellAttrs(data.slice(lt + 2, selfClosing ? gt - 1 : gt));
    const ref = cellR;
    if (ref === undefined) unsupported("cell without address");
    const at = decodeAddress(ref);
    if (at.row !== rows.row - 1 || at.col <= lastCol) unsupported("cell order");
    lastCol = at.col;
    if (!body) continue; // no value, no formula: ExcelJS keeps nothing here
    const t = cellT;
    const styleId = cellS === undefined ? 0 : parseInt(cellS, 10);
    const style = styleId
      ? ctx.styles
        ? ctx.styles[styleId]
        : unsupported("style without styles")
      : undefined;
    const { value, runFont, typed } = cellValue(scanCellBody(body), t, style, ctx);
    if (typed) rows.markHasValues();
    if (value === null || covered(at.row, at.col)) continue;
    rows.put(at.col, value, style?.numFmt || null, runFont ?? style?.font ?? null);
  }
  rows.endRow();
  countMergedRows(merges, rows, lim);

  // Only cells of rows within the limit were counted, i.e. all those ExcelJS's walk counts
  // before it meets the first row over the limit: too many of them wins, as it does there.
  if (rows.cells > lim.maxCellsPerSheet) {
    return { issue: sheetTooLargeIssue(file, sheetName, "cells", lim) };
  }
  if (rows.firstRowOver !== Infinity) {
    return { issue: sheetTooLargeIssue(file, sheetName, { rows: rows.lastRow }, lim) };
  }
  rows.fillGaps();
  const { values, numberFormats, fonts } = rows;
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
    const hidden = sheet.state === "hidden" || sheet.state === "veryHidden";
    if ("grid" in read) {
      if (hidden) read.grid.hidden = true;
      grids.push(read.grid);
    } else issues.push(read.issue);
    if (hidden) issues.push(hiddenSheetIssue(file, sheet.name));
  }
  return { grids, issues };
}
