/**
 * CellStyle → ExcelJS style, ONE shared object per distinct style. Browser-safe.
 *
 * Why shared: ExcelJS's StylesXform remembers the style id of a style OBJECT (a WeakMap); a
 * fresh object per cell makes it render every cell's font, border, fill and alignment to XML
 * and look the strings up again — most of the write time of a 100 000-row "Nguồn" sheet, and
 * a few hundred bytes of garbage per cell. With shared objects that work is done once per style.
 */
import type ExcelJS from "exceljs";
import type { CellStyle } from "../core/types";

export type ExcelStyle = Partial<ExcelJS.Style>;

const THIN: Partial<ExcelJS.Border> = { style: "thin" };

/**
 * Field order is fixed, so equal styles give equal keys whatever order their fields were set in.
 * Both writers key their styles by it, so they agree on which cells share one.
 */
export function styleKey(s: CellStyle): string {
  return [
    s.bold ? 1 : 0,
    s.italic ? 1 : 0,
    s.numFmt ?? "",
    s.wrap ? 1 : 0,
    s.hAlign ?? "",
    s.vAlign ?? "",
    s.fontName ?? "",
    s.fontSize ?? "",
    s.border ? 1 : 0,
    s.fill ?? "",
    s.indent ?? "",
    s.unlocked ? 1 : 0,
  ].join("\u0001");
}

function toExcelStyle(s: CellStyle): ExcelStyle {
  const style: ExcelStyle = {};
  const font: Partial<ExcelJS.Font> = {};
  if (s.bold) font.bold = true;
  if (s.italic) font.italic = true;
  if (s.fontName) font.name = s.fontName;
  if (s.fontSize) font.size = s.fontSize;
  if (Object.keys(font).length) style.font = font;

  if (s.numFmt) style.numFmt = s.numFmt;

  const alignment: Partial<ExcelJS.Alignment> = {};
  if (s.wrap) alignment.wrapText = true;
  if (s.hAlign) alignment.horizontal = s.hAlign;
  if (s.vAlign) alignment.vertical = s.vAlign;
  if (s.indent) {
    alignment.indent = s.indent;
    // Excel only honours an indent on left/right/distributed alignment.
    if (!alignment.horizontal) alignment.horizontal = "left";
  }
  if (Object.keys(alignment).length) style.alignment = alignment;

  if (s.border) style.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (s.fill) {
    const rgb = s.fill.replace(/^#/, "").toUpperCase();
    if (/^[0-9A-F]{6}$/.test(rgb)) {
      style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF" + rgb } };
    }
  }
  if (s.unlocked) style.protection = { locked: false };
  return style;
}

/**
 * Hands out shared ExcelJS styles. Plans usually reuse one CellStyle object for many cells, so
 * the object itself is looked up first; the content key catches equal styles built apart.
 * One cache per written workbook: ExcelJS may hang ids on nothing, but nothing outlives a write.
 */
export class StyleCache {
  private readonly byObject = new WeakMap<CellStyle, ExcelStyle>();
  private readonly byKey = new Map<string, ExcelStyle>();

  get(s: CellStyle): ExcelStyle {
    let style = this.byObject.get(s);
    if (style) return style;
    const key = styleKey(s);
    style = this.byKey.get(key);
    if (!style) {
      style = toExcelStyle(s);
      this.byKey.set(key, style);
    }
    this.byObject.set(s, style);
    return style;
  }

  /** Distinct styles handed out so far (for tests and curiosity). */
  get size(): number {
    return this.byKey.size;
  }
}
