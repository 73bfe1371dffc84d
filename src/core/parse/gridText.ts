/**
 * Reading text out of a grid the way a planner sees it: legacy fonts (TCVN3 .VnTime, VNI)
 * turned into Unicode, decomposed marks composed, white space folded. Every conversion is
 * remembered with its cell, so a report can say which cells were re-encoded.
 */

import type { CellValue, SheetGrid, TextConversion } from "../types";
import { a1, parseRange } from "../a1";
import { cleanText } from "../text/normalize";
import { toUnicode } from "../text/legacy";
import { numberAsShown } from "../text/numberAsShown";

/** The raw value at 0-based (row, col); undefined cells are null. */
export function cellAt(grid: SheetGrid, row: number, col: number): CellValue {
  const v = grid.values[row]?.[col];
  return v === undefined ? null : v;
}

export function numFmtAt(grid: SheetGrid, row: number, col: number): string | null {
  return grid.numberFormats?.[row]?.[col] ?? null;
}

export function fontAt(grid: SheetGrid, row: number, col: number): string | null {
  return grid.fonts?.[row]?.[col] ?? null;
}

/** Widest row of the grid. */
export function gridWidth(grid: SheetGrid): number {
  let w = 0;
  for (const row of grid.values) if (row && row.length > w) w = row.length;
  return w;
}

/** A cell with nothing a planner would see: null, or text of white space only. */
export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && BLANK_RE.test(v));
}

// Exactly the texts cleanText makes "": white space (incl. NBSP) and the invisible marks it
// drops. Checked on every cell of every row, so without cleanText's NFC and replace passes.
const BLANK_RE = /^[\s\u00A0\u200B-\u200D\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069]*$/;

interface ReadText {
  /** toUnicode's answer for the raw text in its font. */
  text: string;
  encoding: TextConversion["encoding"] | null;
  /** cleanText of the raw text, "" when blank; else cleanText of `text`. */
  cleaned: string;
}

// Legacy-encoding detection and clean-up cost tens of microseconds per cell and were most of
// parsing. They depend only on (text, font), and a batch repeats the same names, units and
// labels in every unit's file, so answers are kept. Bounded, for a file of unique texts.
// Keyed by font, then by text: a joined key would be a new string to hash on every cell.
const readCache = new Map<string, Map<string, ReadText>>();
let readCacheSize = 0;
const READ_CACHE_MAX = 50_000;

// The font of the previous call and its map: a sheet's cells nearly all share one font (or
// none), so the outer lookup is skipped on most calls. Forgotten whenever the cache is cleared.
let lastFont = "";
let lastByText: Map<string, ReadText> | undefined;

function readText(raw: string, font: string | null): ReadText {
  const fontKey = font ?? "";
  let byText: Map<string, ReadText> | undefined;
  if (lastByText !== undefined && fontKey === lastFont) byText = lastByText;
  else {
    byText = readCache.get(fontKey);
    if (byText !== undefined) {
      lastFont = fontKey;
      lastByText = byText;
    }
  }
  let r = byText?.get(raw);
  if (r === undefined) {
    if (cleanText(raw) === "") {
      // Blank text is never converted (nor recorded), as before.
      r = { text: raw, encoding: null, cleaned: "" };
    } else {
      const u = toUnicode(raw, font);
      r = { text: u.text, encoding: u.encoding, cleaned: cleanText(u.text) };
    }
    if (readCacheSize >= READ_CACHE_MAX) {
      readCache.clear();
      readCacheSize = 0;
      byText = undefined;
      lastByText = undefined;
    }
    if (byText === undefined) {
      byText = new Map<string, ReadText>();
      readCache.set(fontKey, byText);
    }
    byText.set(raw, r);
    readCacheSize++;
  }
  return r;
}

/**
 * Reads cells as Unicode text and collects the conversions made. One reader per sheet, so
 * a cell read twice (header detection tries several rows) is recorded once.
 */
export class TextReader {
  readonly conversions: TextConversion[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly grid: SheetGrid) {}

  /**
   * The cell as cleaned Unicode text; numbers give their plain digits, dates and booleans and
   * errors give "". `record` = false reads without adding to the conversions (for probing).
   */
  text(row: number, col: number, record = true): string {
    const v = cellAt(this.grid, row, col);
    if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
    if (typeof v !== "string") return "";
    const r = readText(v, fontAt(this.grid, row, col));
    if (r.cleaned === "") return "";
    this.record(r, v, row, col, record);
    return r.cleaned;
  }

  /**
   * A code cell as the planner sees it: a number formatted "00" is 01 (numberAsShown). Only
   * codes: an STT column formatted "00" still numbers its rows 1, 1.1, and a rule that reads
   * digits must not see 01.
   */
  code(row: number, col: number): string {
    const v = cellAt(this.grid, row, col);
    if (typeof v === "number")
      return Number.isFinite(v) ? numberAsShown(v, numFmtAt(this.grid, row, col)) : "";
    return this.text(row, col);
  }

  /** Converts any string (e.g. one taken from a cell) attributed to the given cell. */
  convert(raw: string, row: number, col: number, record = true): string {
    const r = readText(raw, fontAt(this.grid, row, col));
    this.record(r, raw, row, col, record);
    return r.text;
  }

  private record(r: ReadText, raw: string, row: number, col: number, record: boolean): void {
    if (r.encoding && record && r.text !== raw) {
      const cell = a1(row, col);
      if (!this.seen.has(cell)) {
        this.seen.add(cell);
        this.conversions.push({ cell, from: raw, to: r.text, encoding: r.encoding });
      }
    }
  }
}

/** One merged range, 0-based inclusive corners. */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The grid's merges as index ranges; unreadable addresses are ignored. */
export function readMerges(grid: SheetGrid): Merge[] {
  const out: Merge[] = [];
  for (const m of grid.merges ?? []) {
    const r = parseRange(m);
    if (r) out.push(r);
  }
  return out;
}

/** The merge covering (row, col), if any. */
export function mergeAt(merges: Merge[], row: number, col: number): Merge | undefined {
  return merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}
